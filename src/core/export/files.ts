import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GlossError } from '../../shared/result';

/** What a failed file operation means to the user, without a stack trace. */
export const fileError = (error: unknown, target: string): GlossError => {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : code === 'ENOTDIR'
            ? 'part of the path is a file, not a folder'
            : code === 'ENOENT'
              ? `the folder ${path.dirname(target)} is gone (moved or deleted while Gloss was writing); nothing was exported there`
              : error instanceof Error
                ? error.message
                : String(error);
  return new GlossError('storage', `Could not write ${target}: ${reason}.`);
};

/** A new export file is readable by its owner only: highlights and notes are private. */
export const privateFileMode = 0o600;

/** The permission bits of an existing file, kept when Gloss replaces its own; else private. */
const modeFor = async (target: string): Promise<number> => {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return privateFileMode;
  }
};

/** A file written beside its target under a temporary name, not yet in place. */
export interface StagedFile {
  temp: string;
  target: string;
}

/** A hidden temporary name beside `target`. */
const stagedName = (target: string): string =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );

/**
 * Writes `content` beside `target` under a hidden temporary name; the target is untouched. A new
 * file gets mode 0600; one that replaces Gloss's own keeps that file's mode.
 */
export const stageFile = async (target: string, content: string): Promise<StagedFile> => {
  const temp = stagedName(target);
  try {
    const mode = await modeFor(target);
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx', mode: privateFileMode });
    // Set exactly, whatever the umask.
    await chmod(temp, mode);
    return { temp, target };
  } catch (error) {
    await rm(temp, { force: true });
    throw fileError(error, target);
  }
};

/** Pieces are gathered into writes of about this many characters: few system calls. */
const streamedWriteSize = 1 << 20;

/**
 * Writes `chunks` one after another into a staged file beside `target`, as `stageFile` does
 * for one string, without ever holding the whole file: a 10,000-document export is printed
 * and written a piece at a time. `between` runs after each write (to report progress, let
 * other requests in, or stop: whatever it throws removes the staged file and is rethrown).
 */
export const stageChunks = async (
  target: string,
  chunks: Iterable<string>,
  between: () => Promise<void>,
): Promise<StagedFile> => {
  const temp = stagedName(target);
  let file: Awaited<ReturnType<typeof open>> | undefined;
  const written = async (pending: string[]): Promise<void> => {
    // writeFile writes all of it from the current position (write() may write a part).
    await file?.writeFile(pending.join(''), 'utf8');
    pending.length = 0;
    await between();
  };
  try {
    const mode = await modeFor(target);
    file = await open(temp, 'wx', privateFileMode);
    const pending: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= streamedWriteSize) {
        size = 0;
        await written(pending);
      }
    }
    await written(pending);
    await file.chmod(mode);
    await file.close();
    return { temp, target };
  } catch (error) {
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error instanceof GlossError || !(error instanceof Error && 'code' in error)
      ? error
      : fileError(error, target);
  }
};

/** Puts a staged file in place of its target (atomic on one file system). */
export const commitStaged = async ({ temp, target }: StagedFile): Promise<void> => {
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw fileError(error, target);
  }
};

/** Removes staged files that will not be put in place (a cancelled or failed export). */
export const discardStaged = async (staged: readonly StagedFile[]): Promise<void> => {
  await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
};

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over the
 * target (atomic on one file system), so a crash never leaves half an export behind.
 */
export const writeFileAtomic = async (target: string, content: string): Promise<void> => {
  await commitStaged(await stageFile(target, content));
};

export type PathKind = 'file' | 'folder' | 'other' | 'missing';

export const pathKind = async (target: string): Promise<PathKind> => {
  try {
    const info = await stat(target);
    return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'missing';
    throw fileError(error, target);
  }
};

/** The text of a file, or undefined when there is none. */
export const readIfExists = async (target: string): Promise<string | undefined> => {
  try {
    return await readFile(target, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw fileError(error, target);
  }
};

export const ensureFolder = async (folder: string): Promise<void> => {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw fileError(error, folder);
  }
};

const invalid = (message: string) => new GlossError('invalid_input', message);

/** Checks the target of an export: a full path, and a folder or a file as the format needs. */
export const checkTarget = async (target: string, want: 'file' | 'folder'): Promise<void> => {
  if (!path.isAbsolute(target)) {
    throw invalid(`Give the full path to export to (starting with / or a drive): "${target}".`);
  }
  const kind = await pathKind(target);
  if (want === 'folder' && kind !== 'folder' && kind !== 'missing') {
    throw invalid(`${target} is a file, not a folder: Markdown is exported into a folder.`);
  }
  if (want === 'file') {
    if (kind === 'folder') throw invalid(`${target} is a folder: give a file name to export to.`);
    if (kind === 'other') throw invalid(`${target} is not a regular file.`);
    if ((await pathKind(path.dirname(target))) !== 'folder') {
      throw invalid(`The folder ${path.dirname(target)} does not exist.`);
    }
  }
};
