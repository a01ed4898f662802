import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../annotations';
import { csvColumns, libraryCsv, neutraliseFormulas } from './csv';
import type { ExportedLibrary } from './types';

/** Reads RFC 4180 CSV back into rows of cells, as a spreadsheet would (quotes doubled inside). */
const readCsv = (file: string): string[][] => {
  const csv = file.replace(/^\uFEFF/u, '');
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
    } else if (char === '\r' && csv[index + 1] === '\n') {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
      rows.push([]);
      index += 1;
    } else cell += char;
  }
  if (cell || (rows.at(-1) as string[]).length) (rows.at(-1) as string[]).push(cell);
  return rows.filter((row) => row.length > 0);
};

const stamp = '2025-01-01T00:00:00.000Z';

/** A library whose every written field starts with `start`. */
const libraryStartingWith = (start: string): ExportedLibrary => {
  const highlight: Highlight = {
    id: 'h1',
    documentId: 'd1',
    start: 0,
    end: 4,
    quote: { type: 'TextQuoteSelector', exact: `${start}SUM(A1:A9)`, prefix: '', suffix: '' },
    color: 'yellow',
    tags: [`${start}tag`],
    status: 'anchored',
    editedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const note = (id: string, highlightId: string | null): Note => ({
    id,
    documentId: 'd1',
    highlightId,
    body: `${start}HYPERLINK("http://evil.example","click")`,
    tags: [`${start}cmd`],
    createdAt: stamp,
    updatedAt: stamp,
  });
  return {
    exportedAt: stamp,
    entities: [],
    documents: [
      {
        info: {
          id: 'd1',
          title: `${start}cmd|' /C calc'!A0`,
          source: 'x.txt',
          byline: null,
          siteName: null,
          publishedAt: null,
          addedAt: stamp,
          blocks: [{ kind: 'paragraph', text: 'Some text to quote.' }],
        },
        highlights: [highlight],
        notes: [note('n1', 'h1'), note('n2', null)],
        extraction: null,
        mentions: [],
        links: [],
      },
    ],
  };
};

const column = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);

describe('CSV export against formula injection (OWASP)', () => {
  it.each(['=', '+', '-', '@', '\t', '\r', '＝'])(
    'prefixes with a quote every cell that starts with %j, and keeps the rest of it',
    (start) => {
      const [header, highlightRow, noteRow] = readCsv(libraryCsv(libraryStartingWith(start)));
      expect(header).toEqual([...csvColumns]);
      for (const row of [highlightRow, noteRow] as string[][]) {
        expect(row[column('document_title')]).toBe(`'${start}cmd|' /C calc'!A0`);
        expect(row[column('note')]).toBe(`'${start}HYPERLINK("http://evil.example","click")`);
        expect(row[column('note_tags')]).toBe(`'${start}cmd`);
      }
      expect(highlightRow?.[column('quote')]).toBe(`'${start}SUM(A1:A9)`);
      expect(highlightRow?.[column('tags')]).toBe(`'${start}tag`);
      // No cell of the file starts a formula.
      const cells = readCsv(libraryCsv(libraryStartingWith(start))).flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r＝]/u.test(cell))).toEqual([]);
    },
  );

  it('leaves cells that only contain those signs further in as they are', () => {
    const row = { a: 'Rivers = seas', b: 'e-mail @ home', c: '', d: "'=quoted already" };
    expect(neutraliseFormulas(row)).toEqual(row);
  });
});
