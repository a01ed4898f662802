import { readwiseColumns } from '../../../shared/clippings/detect';
import { glossColor } from './colors';
import { parseCsv } from './csv';
import { clippingsRefusal } from './refusals';
import type { RawClipping } from './raw';

/*
 * Readwise's CSV export: one row per highlight with the columns of `readwiseColumns`.
 * `Location Type` says what `Location` counts: `page` (a printed page), `location` (a Kindle
 * location), `order` or `time_offset`; tags are comma-separated.
 */

/** A Gloss tag is one word: spaces become dashes, `#` and commas go; the rest is dropped. */
export const asGlossTags = (...lists: string[]): string[] => {
  const tags = lists
    .flatMap((list) => list.split(','))
    .map((tag) => tag.trim().replace(/^#+/u, '').replace(/\s+/gu, '-'))
    .filter((tag) => tag !== '' && tag.length <= 64 && /^[^\s#,]+$/u.test(tag));
  return [...new Set(tags)].slice(0, 32);
};

/** "2023-05-12 14:35:00+00:00" and the like, as ISO; null when it is not a date. */
const isoDate = (value: string): string | null => {
  if (value.trim() === '') return null;
  const date = new Date(value.trim().replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export const parseReadwiseCsv = (name: string, text: string): RawClipping[] => {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw clippingsRefusal(
      name,
      `it is not well-formed CSV (${detail}); the file may be truncated`,
    );
  }
  const [header = [], ...records] = rows;
  const column = new Map(header.map((title, index) => [title.trim(), index]));
  const missing = readwiseColumns.filter((title) => !column.has(title));
  if (missing.length > 0) {
    throw clippingsRefusal(
      name,
      `it lacks Readwise’s column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  const cell = (record: string[], title: (typeof readwiseColumns)[number]): string =>
    record[column.get(title) ?? -1] ?? '';
  return records.flatMap((record, index): RawClipping[] => {
    if (record.every((value) => value.trim() === '')) return [];
    if (record.length < header.length) {
      throw clippingsRefusal(
        name,
        `row ${index + 2} has ${record.length} of ${header.length} columns: the file looks truncated`,
      );
    }
    const quote = cell(record, 'Highlight').trim();
    const note = cell(record, 'Note').trim();
    const kind = cell(record, 'Location Type').trim().toLowerCase();
    const where = cell(record, 'Location').trim();
    const position = /^\d+(?:\.\d+)?$/u.test(where) ? Number(where) : null;
    return [
      {
        title: cell(record, 'Book Title').trim() || 'Untitled book',
        author: cell(record, 'Book Author').trim() || null,
        kind: quote === '' ? 'note' : 'highlight',
        text: quote === '' ? note : quote,
        note: quote === '' || note === '' ? null : note,
        page: kind === 'page' && where !== '' ? where : null,
        location: position === null ? null : { start: position, end: position },
        addedAt: isoDate(cell(record, 'Highlighted at')),
        color: glossColor(cell(record, 'Color')),
        tags: asGlossTags(cell(record, 'Tags'), cell(record, 'Document tags')),
      },
    ];
  });
};
