import { importFileKind, importFileMessages, type ImportFileKind } from '../../shared/importFiles';
import { defineBoundedJobs, type BoundedLimits } from '../bounded/boundedJobs';
import { GlossError } from '../../shared/result';
import type { ImportedDocument } from './imported';

/*
 * Every imported file is parsed in a bounded worker (see bounded/boundedJobs.ts): a page that
 * would take Readability minutes, or remark a minute of emphasis matching, ends in a refusal
 * while the server and the window go on answering. Workers load this very module.
 *
 * A new format plugs in here: add its extension to shared/importFiles.ts and a job of the same
 * kind to `importJobs` (a function of the file's name and bytes to an ImportedDocument, throwing
 * GlossError to refuse; the type makes the job required), and give it limits in `importLimits`
 * if the defaults do not suit it. PDF and EPUB are read this way, through parseFile.
 */

export interface ImportJob {
  name: string;
  bytes: Uint8Array;
}

/**
 * Any file Gloss imports, through parseFile: text, Markdown and HTML decoded, checked against
 * the guards (htmlGuard, markdownGuard) and parsed; PDF and EPUB books read by their parsers.
 * Loaded in the worker only: the thread that asks never loads jsdom, remark or PDF.js.
 */
const parseAnyFile = async ({ name, bytes }: ImportJob): Promise<ImportedDocument> =>
  (await import('./file')).parseFile(name, bytes);

const importJobs = {
  text: parseAnyFile,
  markdown: parseAnyFile,
  html: parseAnyFile,
  pdf: parseAnyFile,
  epub: parseAnyFile,
} satisfies Record<ImportFileKind, (job: ImportJob) => Promise<ImportedDocument>>;

const jobs = defineBoundedJobs(
  import.meta.url,
  'glossImportJobs',
  importJobs,
  {
    tooSlow: importFileMessages.tooSlow,
    tooBig: importFileMessages.tooBig,
    cancelled: importFileMessages.cancelled,
  },
  () => import('./file'),
);

const megabyte = 1024 * 1024;

/**
 * A file's limits: 20 s plus 2 s a megabyte (Readability reads a plain 1 MB page in ~1.5 s;
 * PDF.js a page of text in well under 0.1 s), and a heap that holds jsdom's tree of a 20 MB page.
 */
export const importLimits = (size: number): BoundedLimits => ({
  timeMs: 20_000 + Math.ceil(size / megabyte) * 2_000,
  maxHeapMb: 2_048,
});

export interface ParseOptions {
  /** Stops the parse when the caller goes away. */
  signal?: AbortSignal;
  /** Tighter limits (tests). */
  limits?: BoundedLimits;
}

/**
 * Parses an imported file in a bounded worker. Refusals come back as GlossError: the parser's
 * own (code and message naming the file), `too_complex` when a limit stopped it, `cancelled`
 * when the signal aborted it.
 */
export const parseImportFileInWorker = async (
  name: string,
  bytes: Uint8Array,
  { signal, limits = importLimits(bytes.length) }: ParseOptions = {},
): Promise<ImportedDocument> => {
  const kind = importFileKind(name);
  if (kind === null) throw new GlossError('unsupported_file', importFileMessages.unsupported(name));
  return jobs.run(kind, { name, bytes }, { limits, subject: name, ...(signal ? { signal } : {}) });
};

/** Import workers reading a file, and those kept idle for the next one. */
export const importWorkers = (): { busy: number; idle: number } => jobs.workers();
