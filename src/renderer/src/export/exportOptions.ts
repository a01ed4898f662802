import type { ExportFormat } from '../../../shared/exchange';

export type ExportScope = 'current' | 'chosen' | 'library';

export const formatLabels: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  json: 'JSON',
  csv: 'CSV',
};

export const formatHints: Record<ExportFormat, string> = {
  markdown: 'One .md file per document, for Obsidian or Logseq, into a folder.',
  json: 'W3C Web Annotations, to move the library to another Gloss.',
  csv: 'Highlights and notes, for a spreadsheet.',
};

/** Markdown goes into a folder; JSON and CSV are one file. */
export const destinationKind = (format: ExportFormat): 'file' | 'folder' =>
  format === 'markdown' ? 'folder' : 'file';

export const defaultFileName = (format: ExportFormat): string =>
  format === 'json' ? 'gloss-library.json' : 'gloss-highlights.csv';

export const exportedMessage = (count: number, path: string): string =>
  `Exported ${count} document${count === 1 ? '' : 's'} to ${path}`;
