import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp dir; pair with removeTempDir in afterEach. */
export const makeTempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-core-'));

export const removeTempDir = (dir: string): void =>
  fs.rmSync(dir, { recursive: true, force: true });

/** The repository's resources folder (the bundled article). */
export const repoResourcesDir = path.resolve(__dirname, '../../resources');
