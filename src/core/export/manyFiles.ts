import {
  closeSync,
  fchmodSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileError, privateFileMode, type StagedFile } from './files';
import { yieldToRequests } from './progress';

/*
 * The many small files of a Markdown export (10,000 documents, 10,000 files), written and read
 * with synchronous calls in slices of about 20 ms, between which progress is reported, Cancel
 * heard and other requests answered. An asynchronous call per file (a thread hop and a promise
 * each, four per file written) cost four times the CPU.
 */

/** A file of an export: where it goes and what it holds. */
export interface FileToWrite {
  target: string;
  content: string;
}

/** How long files are written one after another before other work gets a turn, in ms. */
const writeSliceMs = 20;

/**
 * Runs `step` on each item, in slices of about 20 ms between which `between` runs (progress,
 * cancel, other requests). The steps themselves are synchronous: an asynchronous file call
 * costs a thread hop and a promise, which for 10,000 small files was most of their writing.
 */
export const inSlices = async <T>(
  items: readonly T[],
  step: (item: T) => void,
  between: (done: number) => Promise<void>,
): Promise<void> => {
  let sliceStart = performance.now();
  for (const [index, item] of items.entries()) {
    if (performance.now() - sliceStart >= writeSliceMs) {
      await between(index);
      sliceStart = performance.now();
    }
    step(item);
  }
  await between(items.length);
};

/**
 * `stageFile` for many files: each is written beside its target under a hidden temporary name,
 * mode 0600 or that of the file it replaces. Whatever fails or throws (`between` too) removes
 * the files staged so far and is rethrown, a file error as a clear message.
 */
export const stageFiles = async (
  files: readonly FileToWrite[],
  between: (done: number) => Promise<void>,
): Promise<StagedFile[]> => {
  // One random part for the export and a counter: a random draw per file cost more than its write.
  const random = randomBytes(4).toString('hex');
  const staged: StagedFile[] = [];
  const stageOne = ({ target, content }: FileToWrite): void => {
    const count = staged.length.toString(16).padStart(4, '0');
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${random}${count}.tmp`);
    let fd: number | undefined;
    try {
      const mode = (statSync(target, { throwIfNoEntry: false })?.mode ?? privateFileMode) & 0o777;
      fd = openSync(temp, 'wx', privateFileMode);
      staged.push({ temp, target });
      writeFileSync(fd, content, 'utf8');
      // Set exactly, whatever the umask.
      fchmodSync(fd, mode);
    } catch (error) {
      throw fileError(error, target);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  try {
    await inSlices(files, stageOne, between);
    return staged;
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
};

/**
 * `commitStaged` for many files, in slices between which other requests are answered. A file
 * that cannot be put in place stops it there with a clear message; its staged file and those
 * after it are removed.
 */
export const commitAll = async (staged: readonly StagedFile[]): Promise<void> => {
  let next = 0;
  try {
    await inSlices(
      staged,
      ({ temp, target }) => {
        try {
          renameSync(temp, target);
          next += 1;
        } catch (error) {
          throw fileError(error, target);
        }
      },
      yieldToRequests,
    );
  } catch (error) {
    for (const { temp } of staged.slice(next)) rmSync(temp, { force: true });
    throw error;
  }
};

/** The names in `folder` (none when it is missing). */
export const namesIn = async (folder: string): Promise<string[]> => {
  try {
    return await readdir(folder);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw fileError(error, folder);
  }
};

/** `readIfExists` without a thread hop: for many small files read in slices (`inSlices`). */
export const readIfExistsSync = (target: string): string | undefined => {
  try {
    return readFileSync(target, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw fileError(error, target);
  }
};
