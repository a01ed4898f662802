import { stringify } from 'csv-stringify/sync';
import { pandocCitation } from '../citations/pandoc';
import { highlightPages } from './pages';
import type { ExportedDocument, ExportedLibrary } from './types';

export const csvColumns = [
  'type',
  'document_title',
  'document_id',
  'highlight_id',
  'note_id',
  'quote',
  'color',
  'tags',
  'note',
  'note_tags',
  'status',
  'created',
  // Added with citations (issue 14), before page: docs/AUTOMATION.md promises page is last.
  'citekey',
  'citation',
  'reference',
  // Added with PDF import, last so that existing spreadsheets keep their columns.
  'page',
] as const;

type Row = Record<(typeof csvColumns)[number], string>;

/**
 * Cells a spreadsheet would run as a formula: OWASP's list (`=`, `+`, `-`, `@`, tab, carriage
 * return) and their full-width forms, which some spreadsheets also read as formula signs.
 */
const formulaStart = /^[=+\-@\t\r＝＋－＠]/u;

/**
 * A row a spreadsheet shows as text: every cell starting like a formula gets a leading `'`
 * (OWASP's advice against CSV injection, e.g. a title or tag `=HYPERLINK(...)`). Every column,
 * not only those the user writes: titles, quotes and notes come from imported files, and ids,
 * page labels and keys from JSON libraries made elsewhere.
 */
export const neutraliseFormulas = <R extends Record<string, string>>(row: R): R => {
  const safe: Record<string, string> = { ...row };
  for (const [column, value] of Object.entries(safe)) {
    if (formulaStart.test(value)) safe[column] = `'${value}`;
  }
  return safe as R;
};

/** One document's rows: its highlights (each with its note, if any), then its document notes. */
const documentRows = ({ info, highlights, notes, citation }: ExportedDocument): Row[] => {
  const rows: Row[] = [];
  const noteOf = new Map(notes.flatMap((n) => (n.highlightId ? [[n.highlightId, n]] : [])));
  const base = {
    document_title: info.title,
    document_id: info.id,
    citekey: citation?.citekey ?? '',
    // The reference as CSL-JSON: lossless, and what citation managers import.
    reference: citation ? JSON.stringify(citation.reference) : '',
  };
  for (const highlight of highlights) {
    const note = noteOf.get(highlight.id);
    rows.push({
      type: 'highlight',
      ...base,
      highlight_id: highlight.id,
      note_id: note?.id ?? '',
      quote: highlight.quote.exact,
      color: highlight.color,
      tags: highlight.tags.join(' '),
      note: note?.body ?? '',
      note_tags: note?.tags.join(' ') ?? '',
      status: highlight.status,
      created: highlight.createdAt,
      page: highlightPages(info, highlight) ?? '',
      citation: citation ? pandocCitation(citation.citekey, highlightPages(info, highlight)) : '',
    });
  }
  for (const note of notes.filter((n) => n.highlightId === null)) {
    rows.push({
      type: 'document note',
      ...base,
      highlight_id: '',
      note_id: note.id,
      quote: '',
      color: '',
      tags: '',
      note: note.body,
      note_tags: note.tags.join(' '),
      status: '',
      created: note.createdAt,
      page: '',
      citation: citation ? pandocCitation(citation.citekey, null) : '',
    });
  }
  return rows;
};

/** RFC 4180 (CRLF, quotes doubled); the header and byte-order mark only at the file's start. */
const csvText = (rows: Row[], atStart: boolean): string =>
  stringify(rows.map(neutraliseFormulas), {
    header: atStart,
    columns: [...csvColumns],
    bom: atStart,
    record_delimiter: 'windows',
    // The writer quotes fields holding its own record delimiter (CRLF) only; a lone line feed
    // in a note must be quoted too, or spreadsheets start a new row there.
    quoted_match: /[\r\n]/u,
  });

/**
 * Highlights and notes for a spreadsheet: one row per highlight (with its note, if any) and one
 * per document note, documents in export order, highlights in reading order. RFC 4180 with a
 * byte-order mark, which spreadsheet programs need to read UTF-8. In pieces of one document
 * each, so a large library is written to its file as it is printed (issue 21).
 */
export function* libraryCsvChunks(library: ExportedLibrary): Generator<string> {
  yield csvText([], true);
  for (const document of library.documents) {
    const rows = documentRows(document);
    if (rows.length) yield csvText(rows, false);
  }
}

/** The whole CSV export as one string. */
export const libraryCsv = (library: ExportedLibrary): string =>
  [...libraryCsvChunks(library)].join('');
