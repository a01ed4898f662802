import type { ParsedClippings } from '../../../shared/clippings/model';
import { importFileMessages } from '../../../shared/importFiles';
import { defineBoundedJobs } from '../../bounded/boundedJobs';
import { importLimits, type ParseOptions } from '../worker';

/*
 * A highlights export is read in a bounded worker like any imported file (see
 * import/worker.ts): a file that would take too long or too much memory ends in a refusal
 * while the window goes on answering. Workers load this very module.
 */

interface ClippingsJob {
  name: string;
  bytes: Uint8Array;
}

const jobs = defineBoundedJobs(
  import.meta.url,
  'glossClippingsJobs',
  {
    clippings: async ({ name, bytes }: ClippingsJob): Promise<ParsedClippings> =>
      (await import('./parse')).parseClippingsFile(name, bytes),
  },
  {
    tooSlow: importFileMessages.tooSlow,
    tooBig: importFileMessages.tooBig,
    cancelled: importFileMessages.cancelled,
  },
  () => import('./parse'),
);

/** Parses a highlights export in a bounded worker; refusals come back as GlossError. */
export const parseClippingsInWorker = (
  name: string,
  bytes: Uint8Array,
  { signal, limits = importLimits(bytes.length) }: ParseOptions = {},
): Promise<ParsedClippings> =>
  jobs.run('clippings', { name, bytes }, { limits, subject: name, ...(signal ? { signal } : {}) });
