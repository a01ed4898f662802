import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Core } from '../core';
import { detectClippingsFile, mayBeClippings } from '../shared/clippings/detect';
import { clippingsSummary } from '../shared/clippings/summary';
import { libraryJsonLimit, maxImportBytes, maxLibraryJsonChars } from '../shared/contract';
import { precheckImportFile } from '../shared/importFiles';
import { GlossError } from '../shared/result';
import { call } from './call';
import { progressFor, type ProgressIo } from './progress';

/** The CLI's output, as in run.ts. */
export interface ImportIo extends ProgressIo {
  out: (line: string) => void;
}

const fileSystemProblems: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file.',
  ENOTDIR: 'there is no such file.',
  EISDIR: 'it is a folder, not a file. Name the files inside it.',
  EACCES: 'permission denied: Gloss may not read it.',
  EPERM: 'permission denied: Gloss may not read it.',
};

const problemOf = (error: unknown): string => {
  if (error instanceof GlossError) return error.message;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const known = fileSystemProblems[code];
  if (known) return known;
  return error instanceof Error ? error.message : String(error);
};

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What importing one file printed: its line, and a note when it matched a document. */
interface Imported {
  line: string;
  note?: string;
}

/**
 * A terminal cannot be asked, so a file that matches a document of the library (the question
 * the app asks, documents.findUpdateTarget) is added as a new one, with a note saying how to
 * make it that document's new version instead.
 */
const matchNote = async (core: Core, file: string, name: string, data: string) => {
  const { match, reason } = await call(core, 'documents.findUpdateTarget', { name, data });
  if (!match || !reason) return undefined;
  return `${file} matches "${match.title}" (${match.id}) by its ${reason}; it was added as a new document. To update that one instead, with its highlights following: gloss update ${match.id} ${file}`;
};

/**
 * A highlights export (Kindle, KOReader, Readwise: told by its content) goes to
 * clippings.import, a library export (.json) to library.importJson; anything else is one
 * document.
 */
const importOne = async (core: Core, file: string): Promise<Imported> => {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  const name = basename(file);
  if (mayBeClippings(name) && info.size <= maxImportBytes) {
    const bytes = await readFile(file);
    if (detectClippingsFile(name, bytes) !== null) {
      const report = await call(core, 'clippings.import', { name, data: bytes.toString('base64') });
      return { line: clippingsSummary(report) };
    }
  }
  if (extname(name).toLowerCase() === '.json') {
    // Refused before reading: a file of more bytes than the limit's characters would be read
    // whole only to be refused (or be past the longest string V8 can hold).
    if (info.size > maxLibraryJsonChars) {
      throw new Error(
        `“${name}” is larger than the ${libraryJsonLimit} limit of a library export.`,
      );
    }
    const report = await call(core, 'library.importJson', { data: await readFile(file, 'utf8') });
    const skipped = report.skipped ? `; ${report.skipped} already in the library, skipped` : '';
    return {
      line: `${plural(report.documents, 'document')}, ${plural(report.highlights, 'highlight')}, ${plural(report.notes, 'note')}${skipped}`,
    };
  }
  // Refused before reading: an unknown type or a file over the limit is never loaded.
  const refusal = precheckImportFile(name, info.size);
  if (refusal !== null) throw new Error(refusal);
  const data = (await readFile(file)).toString('base64');
  const note = await matchNote(core, file, name, data);
  const doc = await call(core, 'documents.importFile', { name, data });
  return { line: `"${doc.title}" (${doc.id})`, note };
};

/**
 * `gloss import FILE...`: imports each file in turn, one line per file (stdout when imported,
 * stderr when not), and keeps going after a failure. Exit code 1 if any file failed. Ctrl+C
 * stops after the file under way (each is imported whole or not at all): exit code 130. A file
 * that matches a document of the library is added as new, with a `Note:` on stderr.
 */
export const importFiles = async (
  core: Core,
  io: ImportIo,
  files: string[],
  showProgress = false,
): Promise<number> => {
  if (files.length === 0) {
    io.err('gloss import: name at least one file to import.');
    return 2;
  }
  const progress = progressFor(io, showProgress);
  let failures = 0;
  for (const [index, file] of files.entries()) {
    if (io.interrupted?.aborted) {
      progress.end();
      io.err(
        `gloss import: cancelled; ${index} of ${plural(files.length, 'file')} done, the rest left out.`,
      );
      return 130;
    }
    progress.update(index, files.length, basename(file));
    try {
      const { line, note } = await importOne(core, file);
      progress.end();
      io.out(`Imported ${file}: ${line}`);
      if (note) io.err(`Note: ${note}`);
    } catch (error) {
      failures += 1;
      progress.end();
      io.err(`Could not import ${file}: ${problemOf(error)}`);
    }
  }
  return failures === 0 ? 0 : 1;
};
