import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { nameModelPath, useNameModel } from './modelPath';
import type { EntityMention } from '../../shared/entities';
import { workerFile } from '../workerFile';
import type { ExtractedEntity, ExtractResult } from './types';

/*
 * Long texts are extracted in a worker thread so the app stays responsive. The worker runs this
 * very module (see workerFile.ts for how, and when it cannot: then the extraction runs in the
 * calling thread instead). The engine (compromise, wink-nlp, the gazetteers) is imported where
 * the extraction runs, never statically: loading it takes the calling thread about a second, so
 * the app, which always asks for a worker, never loads it on its main thread.
 */

const engine = () => import('./index');

/** Texts shorter than this are extracted in the calling thread: a worker costs ~1 s to start. */
export const workerThreshold = 50_000;

const marker = 'glossEntitiesWorker';

export interface WorkerExtractOptions {
  documentDate?: string;
  /** The fraction done, from 0 to 1, as the work advances. */
  onProgress?: (fraction: number) => void;
  /**
   * Run in a worker whatever the text's length: the app does, so that its main thread keeps
   * answering while the engine loads (tests and benchmarks too). The CLI, with nothing else to
   * do, extracts a short text in its own thread.
   */
  forceWorker?: boolean;
}

/** An entity as sent back: its mentions by index into the mentions already sent. */
interface EntityRecord extends Omit<ExtractedEntity, 'mentions'> {
  mentionIndexes: number[];
}

/*
 * The result comes back in slices: a message is deserialised on the receiving thread in one go,
 * and the tens of thousands of mentions of a 1 MB text in one message would stall it for about
 * 100 ms. Entities refer to mentions by index, so no mention is copied twice.
 */
type Message =
  | { kind: 'progress'; fraction: number }
  | { kind: 'mentions'; mentions: EntityMention[] }
  | { kind: 'entities'; entities: EntityRecord[] }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const sliceSize = 4_000;

interface Job {
  [marker]: true;
  text: string;
  documentDate?: string;
  /** The trained name model the caller uses, so the worker tags the same way. */
  modelPath: string | null;
}

const self = workerFile(import.meta.url);

const runJob = async (job: Job, port: NonNullable<typeof parentPort>): Promise<void> => {
  const post = (message: Message): void => port.postMessage(message);
  try {
    useNameModel(job.modelPath);
    const { extractEntities } = await engine();
    const options = job.documentDate === undefined ? {} : { documentDate: job.documentDate };
    const result = extractEntities(job.text, {
      ...options,
      onProgress: (fraction) => post({ kind: 'progress', fraction }),
    });
    const indexOf = new Map(result.mentions.map((mention, index) => [mention, index]));
    for (let at = 0; at < result.mentions.length; at += sliceSize) {
      post({ kind: 'mentions', mentions: result.mentions.slice(at, at + sliceSize) });
    }
    for (let at = 0; at < result.entities.length; at += sliceSize) {
      const entities = result.entities.slice(at, at + sliceSize).map(({ mentions, ...entity }) => ({
        ...entity,
        mentionIndexes: mentions.map((mention) => indexOf.get(mention) ?? -1),
      }));
      post({ kind: 'entities', entities });
    }
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

const inWorker = (text: string, options: WorkerExtractOptions): Promise<ExtractResult> => {
  const job: Job = { [marker]: true, text, modelPath: nameModelPath() };
  if (options.documentDate !== undefined) job.documentDate = options.documentDate;
  const result: ExtractResult = { mentions: [], entities: [] };
  return self.run<ExtractResult, Message>(job, 'entity worker', (message, outcome) => {
    if (message.kind === 'progress') options.onProgress?.(message.fraction);
    else if (message.kind === 'mentions') result.mentions.push(...message.mentions);
    else if (message.kind === 'entities') {
      for (const { mentionIndexes, ...entity } of message.entities) {
        const mentions = mentionIndexes.flatMap((index) => result.mentions[index] ?? []);
        result.entities.push({ ...entity, mentions });
      }
    } else if (message.kind === 'done') outcome.resolve(result);
    else outcome.reject(new Error(`Entity extraction failed: ${message.message}`));
  });
};

/**
 * The entities of a text, off the calling thread when the text is long: progress is reported
 * as the fraction done. The worker uses the default name extractor.
 */
export const extractEntitiesInWorker = async (
  text: string,
  options: WorkerExtractOptions = {},
): Promise<ExtractResult> => {
  if ((text.length >= workerThreshold || options.forceWorker) && self.usable()) {
    return inWorker(text, options);
  }
  const { onProgress, documentDate } = options;
  return (await engine()).extractEntities(text, {
    ...(documentDate === undefined ? {} : { documentDate }),
    ...(onProgress ? { onProgress } : {}),
  });
};

const job = workerData as Partial<Job> | null;
if (!isMainThread && parentPort && job?.[marker] === true && typeof job.text === 'string') {
  void runJob(job as Job, parentPort);
}
