import { highlightColors, type HighlightColor } from '../../../shared/annotations';
import type { CitationStyle } from '../../../shared/citations/styles';
import type { ExportFormat } from '../../../shared/exchange';
import type { ExportJob } from '../../../shared/exportJobs';
import type { Call } from '../annotations/commands';
import { ApiError, errorMessage } from '../api';
import { citesQuotes, destinationKind, exportedMessage, type ExportScope } from './exportOptions';

export type ExportOutcome =
  | { status: 'idle' }
  | { status: 'busy'; job: ExportJob | null }
  | { status: 'done'; message: string }
  /** The file is not one Gloss exported: the user is asked before it is replaced. */
  | { status: 'confirm'; path: string }
  | { status: 'cancelled'; message: string }
  | { status: 'failed'; message: string };

/** The Export dialog's choices, as the user left them. */
export interface ExportChoices {
  scope: ExportScope;
  format: ExportFormat;
  /** The open document, for the "This document" scope. */
  openId: string | null;
  chosen: ReadonlySet<string>;
  /** As typed; surrounding spaces are not part of a path. */
  path: string;
  citationStyle: CitationStyle;
  citations: boolean;
  /** Anki: the colours of the highlights to make cards of. */
  colors?: ReadonlySet<HighlightColor>;
  overwrite?: boolean;
}

/** How the export reports while it runs, and waits between two questions to the core. */
export interface ExportRun {
  /** The choices were fine and the export is being started. */
  onStart(): void;
  onJob(job: ExportJob): void;
  wait(): Promise<void>;
}

const failed = (message: string): ExportOutcome => ({ status: 'failed', message });

/** The documents to export: undefined for the whole library, null when none is chosen. */
const documentIds = ({ scope, openId, chosen }: ExportChoices): string[] | undefined | null => {
  if (scope === 'library') return undefined;
  if (scope === 'current') return openId ? [openId] : null;
  return chosen.size ? [...chosen] : null;
};

const finished = (job: ExportJob, path: string, overwrite: boolean): ExportOutcome => {
  if (job.state === 'done' && job.report) {
    return { status: 'done', message: exportedMessage(job.report.documentCount, job.report.path) };
  }
  if (job.state === 'cancelled') {
    return { status: 'cancelled', message: `Export cancelled: ${path} was left as it was.` };
  }
  if (job.errorCode === 'would_overwrite' && !overwrite) return { status: 'confirm', path };
  return failed(job.error ?? 'The export failed.');
};

/**
 * Runs an export as a job: starts it, follows it until it ends, and answers what the dialog
 * shows. Choices that cannot be exported are answered with why, and nothing is started.
 */
export const runExport = async (
  call: Call,
  choices: ExportChoices,
  { onStart, onJob, wait }: ExportRun,
): Promise<ExportOutcome> => {
  const { format, citationStyle, citations, overwrite = false } = choices;
  const path = choices.path.trim();
  const ids = documentIds(choices);
  if (ids === null) return failed('Choose at least one document to export.');
  const colors = format === 'anki' ? choices.colors : undefined;
  if (colors?.size === 0) return failed('Choose at least one colour of highlights to export.');
  if (!path) {
    return failed(
      `Choose ${destinationKind(format) === 'folder' ? 'a folder' : 'a file'} to export to.`,
    );
  }
  onStart();
  try {
    let job = await call('export.start', {
      format,
      path,
      ...(ids ? { documentIds: ids } : {}),
      ...(citesQuotes(format) ? { citationStyle, citations } : {}),
      ...(overwrite ? { overwrite } : {}),
      ...(colors && colors.size < highlightColors.length
        ? { highlightColors: highlightColors.filter((color) => colors.has(color)) }
        : {}),
    });
    while (job.state === 'running') {
      onJob(job);
      await wait();
      job = await call('export.status', { jobId: job.jobId });
    }
    return finished(job, path, overwrite);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'would_overwrite' && !overwrite) {
      return { status: 'confirm', path };
    }
    return failed(errorMessage(error));
  }
};
