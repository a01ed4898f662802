import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { importTestTimeout } from '../core/import/testing';
import { repoResourcesDir } from '../core/testing';
import { runCliIn, useTempDirs } from './testing';

/*
 * Issue 20: a title carrying `ESC ] 0 ; … BEL` set the terminal's title when `gloss list` or
 * `gloss import` printed it. Nothing the CLI prints may hold a control character but the tabs
 * that separate its columns.
 */

const setTitle = '\u001b]0;pwned\u0007';
const red = '\u001b[31m';

const controlsIn = (lines: string[]): string[] =>
  lines.flatMap((line) => line.replace(/\t/gu, '').match(/\p{Cc}/gu) ?? []);

describe('terminal output', { timeout: importTestTimeout }, () => {
  const tempDir = useTempDirs();

  it('strips control characters from imported metadata, and escapes any in what it prints', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const page = join(cwd, 'page.html');
    writeFileSync(
      page,
      `<html><head><title>${setTitle}Harbour ${red}news</title>` +
        `<meta name="author" content="Ann${red} Lee"><meta property="og:site_name" content="Port\u0007 Daily">` +
        '</head><body><article><p>The harbour reopened on Monday after the storm.</p>' +
        '<p>Ships queued outside the breakwater all morning.</p></article></body></html>',
    );
    const oddName = `notes${red}.txt`;
    writeFileSync(join(cwd, oddName), 'Plain notes\n\nA line of text.');

    const imported = await runCliIn(['import', page, join(cwd, oddName), 'missing\u001b[2J.txt'], {
      dataDir,
      cwd,
    });
    const listed = await runCliIn(['list'], { dataDir });
    const printed = [...imported.out, ...imported.err, ...listed.out, ...listed.err];
    expect(controlsIn(printed)).toEqual([]);
    // Escaped, so still visible: the user sees what the name holds.
    expect(imported.err.join('\n')).toContain('missing\\x1B[2J.txt');
    expect(imported.out.join('\n')).toContain('notes\\x1B[31m.txt');

    const core = await openCore({ dataDir, resourcesDir: repoResourcesDir });
    try {
      const documents = await core.handlers['library.list']({});
      const harbour = documents.find((doc) => doc.title.includes('Harbour'));
      expect(harbour).toMatchObject({ title: ']0;pwnedHarbour [31mnews' });
      const stored = await core.handlers['documents.get']({ id: harbour?.id ?? '' });
      expect(stored).toMatchObject({ byline: 'Ann[31m Lee', siteName: 'Port Daily' });
      expect(documents.find((doc) => doc.source.startsWith('notes'))?.source).toBe('notes[31m.txt');
    } finally {
      core.close();
    }
  });
});
