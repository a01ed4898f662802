import { useRef, useState } from 'react';
import { highlightColors, type HighlightColor } from '../../../shared/annotations';
import { defaultCitationStyle, type CitationStyle } from '../../../shared/citations/styles';
import type { ExportFormat } from '../../../shared/exchange';
import { call } from '../api';
import { destinationKind, type ExportScope } from './exportOptions';
import { runExport, type ExportOutcome } from './runExport';

export type { ExportOutcome };

/** How often a running export is asked how far it is. */
const pollMs = 250;

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The set with `value` added, or taken out if it was there. */
const toggled = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

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
  const [colors, setColors] = useState<ReadonlySet<HighlightColor>>(new Set(highlightColors));
  const jobId = useRef<string | null>(null);
  const kind = destinationKind(format);

  const toggle = (id: string) => setChosen((previous) => toggled(previous, id));
  const toggleColor = (color: HighlightColor) => setColors((previous) => toggled(previous, color));

  const run = async ({ overwrite = false } = {}) => {
    const path = paths[kind];
    const choices = {
      scope,
      format,
      openId,
      chosen,
      path,
      citationStyle,
      citations,
      colors,
      overwrite,
    };
    const outcome = await runExport(call, choices, {
      onStart: () => setOutcome({ status: 'busy', job: null }),
      onJob: (job) => {
        jobId.current = job.jobId;
        setOutcome({ status: 'busy', job });
      },
      wait: () => pause(pollMs),
    });
    jobId.current = null;
    setOutcome(outcome);
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
    colors,
    toggleColor: changed(toggleColor),
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
