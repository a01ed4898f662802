import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { dispatch } from '../core/dispatch';
import { citationStyles, type CitationStyle } from '../shared/citations/styles';
import { exportFormats, type ExportFormat, type ExportReport } from '../shared/exchange';

const isCitationStyle = (value: string): value is CitationStyle =>
  (citationStyles as readonly string[]).includes(value);

export interface ExportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The folder relative paths are read from. */
  cwd: string;
}

export const exportUsage = `Usage: gloss export --format md|json|csv --out PATH [--doc ID]... [--exported-at ISO]
                    [--style apa|chicago-author-date] [--no-citations]

Writes the library (or the documents given with --doc) as Markdown files into the folder PATH
(one .md per document, plus index.md for the whole library, and references.bib and
references.json), or as W3C Web Annotation JSON or CSV into the file PATH. Only files Gloss
wrote are ever replaced. --exported-at pins the date written in the files, for byte-identical
exports. Each quote ends with a Pandoc citation ([@citekey, p. 12]) unless --no-citations;
--style chooses the CSL style of index.md's bibliography (default apa).`;

const formatNames: Record<string, ExportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  csv: 'csv',
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
    io.err(`gloss export: --format must be one of md, json, csv (${exportFormats.join(', ')}).`);
    return 2;
  }
  if (!values.out) {
    io.err('gloss export: --out PATH is required (a folder for md, a file for json and csv).');
    return 2;
  }
  const style = values.style === 'chicago' ? 'chicago-author-date' : values.style;
  if (style !== undefined && !isCitationStyle(style)) {
    io.err(`gloss export: --style must be one of ${citationStyles.join(', ')}.`);
    return 2;
  }
  const result = await dispatch(core.handlers, 'export.write', {
    format,
    path: resolve(io.cwd, values.out),
    ...(values.doc ? { documentIds: values.doc } : {}),
    ...(values['exported-at'] ? { exportedAt: values['exported-at'] } : {}),
    ...(style ? { citationStyle: style } : {}),
    ...(values['no-citations'] ? { citations: false } : {}),
  });
  if (!result.ok) {
    io.err(`gloss export: ${result.error.message}`);
    return result.error.code === 'invalid_input' ? 2 : 1;
  }
  const report = result.value as ExportReport;
  const count = `${report.documentCount} document${report.documentCount === 1 ? '' : 's'}`;
  io.out(`Exported ${count} to ${report.path}`);
  for (const file of report.removed) io.out(`Removed ${file} (from an earlier export)`);
  return 0;
};
