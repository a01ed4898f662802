import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { importFileKind } from '../../shared/importFiles';
import { errorCodes, GlossError, type ErrorCode } from '../../shared/result';
import { workerFile } from '../workerFile';
import { parseFile } from './file';
import type { ImportedDocument } from './imported';

/*
 * Large HTML and Markdown files are parsed in a worker thread: jsdom takes about 1.4 s for a 1 MB
 * page, and in the calling thread that would stop every other request (in Electron, every IPC
 * call of the window) until it is done. The worker runs this very module (see workerFile.ts).
 */

/** Files smaller than this are parsed in the calling thread: a worker costs ~1 s to start. */
export const parseWorkerThreshold = 512 * 1024;

const marker = 'glossImportWorker';

interface Job {
  [marker]: true;
  name: string;
  bytes: Uint8Array;
}

type Message =
  | { kind: 'done'; document: ImportedDocument }
  | { kind: 'error'; code: ErrorCode; message: string };

const self = workerFile(import.meta.url);

const codeOf = (error: unknown): ErrorCode =>
  error instanceof GlossError && errorCodes.includes(error.code) ? error.code : 'internal';

const runJob = async (job: Job, port: NonNullable<typeof parentPort>): Promise<void> => {
  const post = (message: Message): void => port.postMessage(message);
  try {
    post({ kind: 'done', document: await parseFile(job.name, job.bytes) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'error', code: codeOf(error), message });
  }
};

const inWorker = (name: string, bytes: Uint8Array): Promise<ImportedDocument> => {
  const job: Job = { [marker]: true, name, bytes };
  return self.run<ImportedDocument, Message>(job, 'import worker', (message, outcome) => {
    if (message.kind === 'done') outcome.resolve(message.document);
    else outcome.reject(new GlossError(message.code, message.message));
  });
};

/**
 * parseFile, off the calling thread for a large file, a PDF or an EPUB (or always with
 * `forceWorker`, for tests). Refusals come back as the same GlossError, code and message.
 */
export const parseImportFileInWorker = async (
  name: string,
  bytes: Uint8Array,
  { forceWorker = false } = {},
): Promise<ImportedDocument> => {
  const kind = importFileKind(name);
  const book = kind === 'pdf' || kind === 'epub';
  if ((bytes.length >= parseWorkerThreshold || book || forceWorker) && self.usable()) {
    return inWorker(name, bytes);
  }
  return parseFile(name, bytes);
};

const job = workerData as Partial<Job> | null;
if (!isMainThread && parentPort && job?.[marker] === true && typeof job.name === 'string') {
  void runJob(job as Job, parentPort);
}
