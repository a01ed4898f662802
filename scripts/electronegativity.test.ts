import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanElectron } from './electronegativity.mjs';

// Electronegativity on src/ (issue 17): what `npm run check:electron` prints, as a test.
describe('Electronegativity on the Electron shell, preload and page', () => {
  it('finds nothing at medium severity and firm confidence that the allow-list does not explain', async () => {
    const scan = await scanElectron();
    expect(scan.parseErrors).toEqual([]);
    expect(scan.unexplained).toEqual([]);
    // An allow-list entry that matches nothing any more must go: it would hide a new finding.
    expect(scan.stale).toEqual([]);
  }, 120_000);

  it('would catch a window without context isolation or navigation limits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-eng-'));
    try {
      writeFileSync(
        join(dir, 'window.ts'),
        "import { BrowserWindow } from 'electron';\n" +
          'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
      );
      const scan = await scanElectron(dir);
      expect(scan.unexplained.map((finding) => finding.check)).toEqual(
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
