import { useRef, useState } from 'react';
import { defaultCitationStyle, type CitationStyle } from '../../../shared/citations/styles';
import type { ExportFormat } from '../../../shared/exchange';
import type { ExportJob } from '../../../shared/exportJobs';
import { ApiError, call, errorMessage } from '../api';
import { citesQuotes, destinationKind, exportedMessage, type ExportScope } from './exportOptions';

export type ExportOutcome =
  | { status: 'idle' }
  | { status: 'busy'; job: ExportJob | null }
  | { status: 'done'; message: string }
  /** The file is not one Gloss exported: the user is asked before it is replaced. */
  | { status: 'confirm'; path: string }
  | { status: 'cancelled'; message: string }
  | { status: 'failed'; message: string };

/** How often a running export is asked how far it is. */
const pollMs = 250;

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The choices of the Export dialog and the export itself, run as a job it polls. */
export const useExport = (openId: string | null) => {
  const [scope, setScope] = useState<ExportScope>(openId ? 'current' : 'library');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // One destination per kind: switching Markdown ↔ JSON should not send a file to a folder.
  const [paths, setPaths] = useState<Record<'file' | 'folder', string>>({ file: '', folder: '' });
  const [outcome, setOutcome] = useState<ExportOutcome>({ status: 'idle' });
  const [citationStyle, setCitationStyle] = useState<CitationStyle>(defaultCitationStyle);
  const [citations, setCitations] = useState(true);
  const jobId = useRef<string | null>(null);
  const kind = destinationKind(format);

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const documentIds = (): string[] | undefined | null => {
    if (scope === 'library') return undefined;
    if (scope === 'current') return openId ? [openId] : null;
    return chosen.size ? [...chosen] : null;
  };

  const run = async ({ overwrite = false } = {}) => {
    const path = paths[kind].trim();
    const ids = documentIds();
    if (ids === null) {
      setOutcome({ status: 'failed', message: 'Choose at least one document to export.' });
      return;
    }
    if (!path) {
      const what = kind === 'folder' ? 'a folder' : 'a file';
      setOutcome({ status: 'failed', message: `Choose ${what} to export to.` });
      return;
    }
    setOutcome({ status: 'busy', job: null });
    try {
      let job = await call('export.start', {
        format,
        path,
        ...(ids ? { documentIds: ids } : {}),
        ...(citesQuotes(format) ? { citationStyle, citations } : {}),
        ...(overwrite ? { overwrite } : {}),
      });
      jobId.current = job.jobId;
      while (job.state === 'running') {
        setOutcome({ status: 'busy', job });
        await pause(pollMs);
        job = await call('export.status', { jobId: job.jobId });
      }
      if (job.state === 'done' && job.report) {
        const { documentCount, path: written } = job.report;
        setOutcome({ status: 'done', message: exportedMessage(documentCount, written) });
      } else if (job.state === 'cancelled') {
        setOutcome({
          status: 'cancelled',
          message: `Export cancelled: ${path} was left as it was.`,
        });
      } else if (job.errorCode === 'would_overwrite' && !overwrite) {
        setOutcome({ status: 'confirm', path });
      } else {
        setOutcome({ status: 'failed', message: job.error ?? 'The export failed.' });
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'would_overwrite' && !overwrite) {
        setOutcome({ status: 'confirm', path });
        return;
      }
      setOutcome({ status: 'failed', message: errorMessage(error) });
    } finally {
      jobId.current = null;
    }
  };

  /** Asks the running export to stop; run() then reports it cancelled. */
  const cancel = async () => {
    const id = jobId.current;
    if (id) await call('export.cancel', { jobId: id }).catch(() => undefined);
  };

  // A result shown is about the choices it was made with: any change clears it.
  const changed =
    <A extends unknown[]>(apply: (...args: A) => void) =>
    (...args: A) => {
      if (outcome.status !== 'busy') setOutcome({ status: 'idle' });
      apply(...args);
    };

  return {
    scope,
    setScope: changed(setScope),
    format,
    setFormat: changed(setFormat),
    chosen,
    toggle: changed(toggle),
    kind,
    path: paths[kind],
    setPath: changed((path: string) => setPaths((previous) => ({ ...previous, [kind]: path }))),
    citationStyle,
    setCitationStyle: changed(setCitationStyle),
    citations,
    setCitations: changed(setCitations),
    outcome,
    run: () => run(),
    /** After the user confirmed: replace the file that is not Gloss's. */
    replace: () => run({ overwrite: true }),
    /** The user kept the file: nothing was written. */
    keep: () => setOutcome({ status: 'idle' }),
    cancel,
  };
};

export type ExportState = ReturnType<typeof useExport>;
