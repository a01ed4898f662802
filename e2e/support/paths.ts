import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const isGlossRoot = (dir: string): boolean => {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gloss';
};

/**
 * The repository root, found upwards from the working directory. Not from __dirname: these
 * files run both as CommonJS (Playwright) and as ES modules (tsx in bench/), and only one has it.
 */
export const findRepoRoot = (from: string = process.cwd()): string => {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (isGlossRoot(dir)) return dir;
    if (dirname(dir) === dir)
      throw new Error(`Run this from inside the Gloss repository (cwd: ${from}).`);
  }
};

export const repoRoot = findRepoRoot();
