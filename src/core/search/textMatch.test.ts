import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery, toFtsQuery } from './queryParser';
import { createMatcher, foldText } from './textMatch';

/** The matched text of each hit of `query` in `text`. */
const found = (query: string, text: string): string[] =>
  createMatcher(parseQuery(query))(text).map(([start, end]) => text.slice(start, end));

describe('foldText', () => {
  it('drops case and diacritics without changing any offset', () => {
    const text = 'Café ÉTÉ İstanbul Ødegaard naïve 😀 x';
    const folded = foldText(text);
    expect(folded).toBe('cafe ete istanbul ødegaard naive 😀 x');
    expect(folded).toHaveLength(text.length);
  });
});

describe('createMatcher', () => {
  const text = 'The café in Séoul. Cafés close; the CAFE opens.\n\nTrade talks, trade-talks.';

  it('finds whole words, ignoring case and diacritics', () => {
    expect(found('cafe ', text)).toEqual(['café', 'CAFE']);
    expect(found('seoul ', text)).toEqual(['Séoul']);
  });

  it('marks the whole word of a prefix', () => {
    expect(found('caf', text)).toEqual(['café', 'Cafés', 'CAFE']);
  });

  it('finds a phrase across punctuation and block breaks, not its words apart', () => {
    expect(found('"trade talks"', text)).toEqual(['Trade talks', 'trade-talks']);
    expect(found('"opens trade"', text)).toEqual(['opens.\n\nTrade']);
    expect(found('"talks trade"', 'talks about trade')).toEqual([]);
  });

  it('finds every term of a query, in text order', () => {
    expect(found('close seoul ', text)).toEqual(['Séoul', 'close']);
  });

  it('answers UTF-16 offsets into the original text', () => {
    const emoji = '😀😀 cafe\u0301 ok';
    const [hit] = createMatcher(parseQuery('cafe '))(emoji);
    expect(hit).toEqual([5, 10]);
  });
});

describe('createMatcher and SQLite agree', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  const search = db.prepare<[string], { rowid: number }>('SELECT rowid FROM t WHERE t MATCH ?');
  afterAll(() => db.close());

  // No lone combining marks: inside a word of decomposed text the finder does not skip them
  // (the reader's text is precomposed; see createMatcher).
  const unit = fc.constantFrom(
    'a',
    'b',
    'É',
    'é',
    'e',
    'ß',
    'İ',
    'ø',
    '1',
    '😀',
    ' ',
    '-',
    "'",
    '\n',
  );
  const text = fc.string({ unit, minLength: 1, maxLength: 30 });

  it('on whether a word, a prefix or a phrase occurs in a text', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (body, query, prefix) => {
        db.exec('DELETE FROM t');
        insert.run(body);
        const terms = parseQuery(prefix ? query : `${query} `);
        const match = toFtsQuery(terms);
        if (match === null) return;
        const inSqlite = search.all(match).length > 0;
        const inText = createMatcher(terms)(body).length > 0;
        // With several terms SQLite wants all of them, the finder any: compare one term only.
        if (terms.length === 1) expect(inText).toBe(inSqlite);
      }),
      { numRuns: 3000 },
    );
  });
});
