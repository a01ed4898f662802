import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { dispatch } from '../core/dispatch';
import { citationStyles, type CitationStyle } from '../shared/citations/styles';
import { exportFormats, type ExportFormat } from '../shared/exchange';
import type { ExportJob } from '../shared/exportJobs';
import { pause, pollMs, progressFor, type ProgressIo } from './progress';

const isCitationStyle = (value: string): value is CitationStyle =>
  (citationStyles as readonly string[]).includes(value);

export interface ExportIo extends ProgressIo {
  out: (line: string) => void;
  /** The folder relative paths are read from. */
  cwd: string;
}

export const exportUsage = `Usage: gloss export --format md|json|csv|anki --out PATH [--doc ID]... [--exported-at ISO]
                    [--style apa|chicago-author-date] [--no-citations] [--force] [--progress]

Writes the library (or the documents given with --doc) as Markdown files into the folder PATH
(one .md per document, plus index.md for the whole library, and references.bib and
references.json), or as W3C Web Annotation JSON, CSV or an Anki deck (tab-separated text,
one card per highlight: quote, note, source, citation, tags) into the file PATH. Only files
Gloss wrote are replaced: in the folder, .md files whose front matter has Gloss's \`gloss\`
key; as the file, a JSON, CSV or Anki export of Gloss. Any other existing file is left as it
was, unless --force is given (JSON, CSV and Anki only). New files are readable by you only
(0600); a replaced file keeps its permissions. --exported-at pins the date written in the files, for
byte-identical exports. Each quote ends with a Pandoc citation ([@citekey, p. 12]) unless
--no-citations; --style chooses the CSL style of index.md's bibliography (default apa).
Progress is shown on stderr when it is a terminal, or with --progress. Ctrl+C cancels: the
destination is left as it was.`;

const formatNames: Record<string, ExportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  csv: 'csv',
  anki: 'anki',
};

/** `gloss export …` on an open core: returns the exit code; never throws. */
export const runExport = async (core: Core, argv: string[], io: ExportIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        doc: { type: 'string', multiple: true },
        'exported-at': { type: 'string' },
        style: { type: 'string' },
        'no-citations': { type: 'boolean' },
        force: { type: 'boolean' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`gloss export: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.out(exportUsage);
    return 0;
  }
  const format = formatNames[values.format ?? ''];
  if (!format) {
    io.err(
      `gloss export: --format must be one of md, json, csv, anki (${exportFormats.join(', ')}).`,
    );
    return 2;
  }
  if (!values.out) {
    io.err(
      'gloss export: --out PATH is required (a folder for md, a file for json, csv and anki).',
    );
    return 2;
  }
  const style = values.style === 'chicago' ? 'chicago-author-date' : values.style;
  if (style !== undefined && !isCitationStyle(style)) {
    io.err(`gloss export: --style must be one of ${citationStyles.join(', ')}.`);
    return 2;
  }
  const started = await dispatch(core.handlers, 'export.start', {
    format,
    path: resolve(io.cwd, values.out),
    ...(values.doc ? { documentIds: values.doc } : {}),
    ...(values['exported-at'] ? { exportedAt: values['exported-at'] } : {}),
    ...(style ? { citationStyle: style } : {}),
    ...(values['no-citations'] ? { citations: false } : {}),
    ...(values.force ? { overwrite: true } : {}),
  });
  if (!started.ok && started.error.code === 'would_overwrite') {
    io.err(`gloss export: ${started.error.message.replace(/ Choose another.*$/u, '')}`);
    io.err('Give another --out, or add --force to replace it.');
    return 1;
  }
  if (!started.ok) {
    io.err(`gloss export: ${started.error.message}`);
    return started.error.code === 'invalid_input' ? 2 : 1;
  }
  const job = await follow(core, started.value as ExportJob, io, values.progress === true);
  if (job.state === 'cancelled') {
    io.err(`gloss export: cancelled; ${resolve(io.cwd, values.out)} was left as it was.`);
    return 130;
  }
  if (job.state !== 'done' || !job.report) {
    io.err(`gloss export: ${job.error ?? 'the export failed.'}`);
    return job.errorCode === 'invalid_input' ? 2 : 1;
  }
  const report = job.report;
  const count = `${report.documentCount} document${report.documentCount === 1 ? '' : 's'}`;
  io.out(`Exported ${count} to ${report.path}`);
  for (const file of report.removed) io.out(`Removed ${file} (from an earlier export)`);
  return 0;
};

/** Polls the export until it ends, showing its progress; Ctrl+C asks it to stop. */
const follow = async (
  core: Core,
  started: ExportJob,
  io: ExportIo,
  asked: boolean,
): Promise<ExportJob> => {
  const progress = progressFor(io, asked);
  const { jobId } = started;
  let job = started;
  let cancelling = false;
  while (job.state === 'running') {
    if (job.total > 0) progress.update(job.done, job.total, job.current);
    if (io.interrupted?.aborted && !cancelling) {
      cancelling = true;
      await dispatch(core.handlers, 'export.cancel', { jobId });
    }
    await pause(pollMs);
    const polled = await dispatch(core.handlers, 'export.status', { jobId });
    if (!polled.ok) break;
    job = polled.value as ExportJob;
  }
  if (job.state === 'done' && job.total > 0) progress.update(job.total, job.total, null);
  progress.end();
  return job;
};
