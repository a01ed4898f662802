import { clippingsFormatNames, type ClippingsBookReport, type ClippingsReport } from './model';

const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;

/**
 * What an import of highlights did, in one sentence: the Import summary's headline and the
 * line `gloss import` prints. "Kindle clippings: 2 books (1 new), 5 highlights and 2 notes
 * added, 3 already there, 1 bookmark left out."
 */
export const clippingsSummary = (report: ClippingsReport): string => {
  const created = report.books.filter((book) => book.created).length;
  const books = `${count(report.books.length, 'book')} (${created} new)`;
  const added = `${count(report.highlightsAdded, 'highlight')} and ${count(report.notesAdded, 'note')} added`;
  const parts = [books, added];
  if (report.skipped > 0) parts.push(`${report.skipped.toLocaleString('en-US')} already there`);
  if (report.merged > 0) parts.push(`${count(report.merged, 'extended highlight')} merged`);
  if (report.bookmarks > 0) parts.push(`${count(report.bookmarks, 'bookmark')} left out`);
  return `${clippingsFormatNames[report.format]}: ${parts.join(', ')}.`;
};

/** One book's line: "3 new highlights, 1 note" or "nothing new". */
export const bookSummary = (book: ClippingsBookReport): string => {
  const parts: string[] = [];
  if (book.highlightsAdded > 0) parts.push(count(book.highlightsAdded, 'new highlight'));
  if (book.notesAdded > 0) parts.push(count(book.notesAdded, 'new note'));
  if (parts.length === 0) return 'nothing new';
  return parts.join(', ');
};
