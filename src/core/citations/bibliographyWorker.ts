import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CSL } from '@citation-js/core';
import { workerFile } from '../workerFile';
import { assembledBibliography } from './bibliography';
import { bibliographyPieces, type BibliographyPiece } from './bibliographyPieces';
import { registeredStyleFiles, registerStyleFiles, type StyledText } from './citationJs';

/*
 * index.md's bibliography is assembled in a worker thread while the export writes the
 * documents' files: the first bibliography of a process loads citation-js and citeproc and
 * builds the style's engine (1.5 to 2 s of CPU), which on the export's own thread added that
 * much to a whole-library export. The worker runs this very module (see workerFile.ts); where
 * it cannot, the bibliography is assembled in the calling thread, as before.
 */

const marker = 'glossBibliographyWorker';

interface Job {
  [marker]: true;
  /** The CSL files the calling thread registered, so that the worker knows the same styles. */
  styleFiles: Array<[string, string]>;
  items: CSL[];
  /** Each item's kept piece; null where it has none yet (the worker makes it). */
  pieces: Array<BibliographyPiece | null>;
  style: string;
}

export interface AssembledBibliography {
  entries: StyledText[][];
  /** The pieces made for the items that had none, in their order. */
  made: BibliographyPiece[];
}

type Message = ({ kind: 'done' } & AssembledBibliography) | { kind: 'error'; message: string };

/** Makes the missing pieces, then assembles the bibliography from all of them. */
const assemble = ({ items, pieces, style }: Omit<Job, typeof marker | 'styleFiles'>) => {
  const missing = items.filter((_, index) => !pieces[index]);
  const made = bibliographyPieces(missing, style);
  let next = 0;
  const pieced = items.map((item, index) => ({
    item,
    piece: pieces[index] ?? (made[next++] as BibliographyPiece),
  }));
  return { entries: assembledBibliography(pieced, style), made };
};

const self = workerFile(import.meta.url);

/**
 * From this many items on, the worker: a worker thread takes a moment to start and load what it
 * runs, which an export of a few documents, with little else to do meanwhile, would wait for.
 */
export const workerFrom = 200;

/**
 * The bibliography of `items` in `style`, from their kept pieces (null where an item has none:
 * made here and answered in `made`), off the calling thread where a worker can run.
 */
export const assembleInWorker = async (
  items: readonly CSL[],
  pieces: ReadonlyArray<BibliographyPiece | null>,
  style: string,
  { forceWorker = false }: { forceWorker?: boolean } = {},
): Promise<AssembledBibliography> => {
  const wanted = forceWorker || items.length >= workerFrom;
  if (!wanted || !self.usable()) return assemble({ items: [...items], pieces: [...pieces], style });
  const job: Job = {
    [marker]: true,
    styleFiles: [...registeredStyleFiles()],
    items: [...items],
    pieces: [...pieces],
    style,
  };
  return self.run<AssembledBibliography, Message>(
    job,
    'bibliography worker',
    (message, outcome) => {
      if (message.kind === 'done')
        outcome.resolve({ entries: message.entries, made: message.made });
      else outcome.reject(new Error(message.message));
    },
  );
};

const job = workerData as Partial<Job> | null;
if (!isMainThread && parentPort && job?.[marker] === true && Array.isArray(job.items)) {
  const port = parentPort;
  const { styleFiles = [], items, pieces = [], style = '' } = job;
  try {
    registerStyleFiles(new Map(styleFiles));
    port.postMessage({ kind: 'done', ...assemble({ items, pieces, style }) } satisfies Message);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ kind: 'error', message } satisfies Message);
  }
}
