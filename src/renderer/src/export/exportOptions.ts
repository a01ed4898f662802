import type { ExportFormat } from '../../../shared/exchange';

export type ExportScope = 'current' | 'chosen' | 'library';

export const formatLabels: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  json: 'JSON',
  csv: 'CSV',
  anki: 'Anki',
};

export const formatHints: Record<ExportFormat, string> = {
  markdown: 'One .md file per document, for Obsidian or Logseq, into a folder.',
  json: 'W3C Web Annotations, to move the library to another Gloss.',
  csv: 'Highlights and notes, for a spreadsheet.',
  anki: 'One card per highlight (quote, note, source, citation, tags), for Anki’s File › Import.',
};

/** Markdown goes into a folder; JSON, CSV and Anki are one file. */
export const destinationKind = (format: ExportFormat): 'file' | 'folder' =>
  format === 'markdown' ? 'folder' : 'file';

const defaultFileNames: Record<Exclude<ExportFormat, 'markdown'>, string> = {
  json: 'gloss-library.json',
  csv: 'gloss-highlights.csv',
  anki: 'gloss-highlights-anki.txt',
};

export const defaultFileName = (format: ExportFormat): string =>
  format === 'markdown' ? 'Gloss' : defaultFileNames[format];

/** The formats whose citations the dialog lets the user choose. */
export const citesQuotes = (format: ExportFormat): boolean =>
  format === 'markdown' || format === 'anki';

export const exportedMessage = (count: number, path: string): string =>
  `Exported ${count} document${count === 1 ? '' : 's'} to ${path}`;
