import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { repoResourcesDir } from '../core/testing';
import { useTempDirs } from './testing';

/*
 * Issue 17: a data folder Gloss may not write is refused at start with a message saying so and
 * what to do, and the library in it is left as it is. Root writes anywhere, so when the tests
 * run as root the CLI runs as `nobody` (uid 65534), the folder's owner.
 */

const root = path.resolve(__dirname, '../..');
const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : {};

/** `gloss list` from the sources, as the folder's owner; its exit code and error output. */
const glossList = (dataDir: string): Promise<{ code: number | null; err: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/entry.ts', 'list'], {
      cwd: root,
      env: { ...process.env, GLOSS_DATA_DIR: dataDir },
      ...user,
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, err }));
  });

/** Gives `target` and everything in it to the user the CLI runs as (when the tests are root). */
const giveAway = (target: string): void => {
  if (!asRoot) return;
  fs.chownSync(target, 65534, 65534);
  if (fs.statSync(target).isDirectory())
    for (const name of fs.readdirSync(target)) giveAway(path.join(target, name));
};

describe('a read-only data folder', () => {
  const tempDir = useTempDirs();

  it('with a library in it: refused at start, saying why and what to do, the file untouched', async () => {
    const parent = tempDir();
    fs.chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'Gloss');
    (await openCore({ dataDir, resourcesDir: repoResourcesDir })).close();
    const file = path.join(dataDir, 'gloss.db');
    const before = fs.readFileSync(file);
    giveAway(dataDir);
    fs.chmodSync(dataDir, 0o500);
    try {
      const { code, err } = await glossList(dataDir);
      expect(code).toBe(1);
      expect(err).toContain(`Gloss cannot write to its library in ${dataDir}`);
      expect(err).toContain('set GLOSS_DATA_DIR to a folder you can write');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      fs.chmodSync(dataDir, 0o700);
    }
  }, 60_000);

  it('where a new library would go: refused at start, naming the folder', async () => {
    const parent = tempDir();
    giveAway(parent);
    fs.chmodSync(parent, 0o555);
    const dataDir = path.join(parent, 'Gloss');
    try {
      const { code, err } = await glossList(dataDir);
      expect(code).toBe(1);
      expect(err).toContain(`Gloss cannot write to its library in ${dataDir}`);
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      fs.chmodSync(parent, 0o700);
    }
  }, 60_000);
});
