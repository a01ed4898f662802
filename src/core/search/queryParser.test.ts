import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery, toFtsQuery } from './queryParser';

describe('parseQuery', () => {
  it('reads words, the last one a prefix while it is being typed', () => {
    expect(parseQuery('trade tar')).toEqual([
      { tokens: ['trade'], prefix: false },
      { tokens: ['tar'], prefix: true },
    ]);
    expect(parseQuery('trade tar ')).toEqual([
      { tokens: ['trade'], prefix: false },
      { tokens: ['tar'], prefix: false },
    ]);
  });

  it('takes a last word of one or two characters as a whole word unless starred', () => {
    expect(parseQuery('eu')).toEqual([{ tokens: ['eu'], prefix: false }]);
    expect(parseQuery('th*')).toEqual([{ tokens: ['th'], prefix: true }]);
  });

  it('reads word* as a prefix anywhere', () => {
    expect(parseQuery('alli* troops ')).toEqual([
      { tokens: ['alli'], prefix: true },
      { tokens: ['troops'], prefix: false },
    ]);
  });

  it('reads quoted phrases, and an unclosed quote as a phrase being typed', () => {
    expect(parseQuery('"trade talks" costs ')).toEqual([
      { tokens: ['trade', 'talks'], prefix: false },
      { tokens: ['costs'], prefix: false },
    ]);
    expect(parseQuery('"trade tal')).toEqual([{ tokens: ['trade', 'tal'], prefix: true }]);
  });

  it('splits words at punctuation as the index does, keeping letters with diacritics', () => {
    expect(parseQuery("Café don't e-mail ")).toEqual([
      { tokens: ['Café'], prefix: false },
      { tokens: ['don', 't'], prefix: false },
      { tokens: ['e', 'mail'], prefix: false },
    ]);
  });

  it('treats operators as words and finds nothing to search in punctuation', () => {
    expect(toFtsQuery(parseQuery('AND OR *'))).toBe('"AND" "OR"');
    // Words joined by punctuation are a phrase, as FTS5 reads a string.
    expect(toFtsQuery(parseQuery('NEAR(a b)'))).toBe('"NEAR a" "b"');
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('  "" * -- ( ) : ^ ')).toEqual([]);
  });
});

describe('toFtsQuery', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
  db.prepare('INSERT INTO t (body) VALUES (?)').run('A café near the port: "trade" AND talks.');
  const search = db.prepare<[string], { body: string }>('SELECT body FROM t WHERE t MATCH ?');
  afterAll(() => db.close());

  const matches = (input: string): boolean => {
    const match = toFtsQuery(parseQuery(input));
    return match !== null && search.all(match).length > 0;
  };

  it('finds words, prefixes, phrases and diacritics in SQLite', () => {
    expect(matches('cafe ')).toBe(true);
    expect(matches('CAFÉ ')).toBe(true);
    expect(matches('tra')).toBe(true);
    expect(matches('tra ')).toBe(false);
    expect(matches('"the port"')).toBe(true);
    expect(matches('"port the"')).toBe(false);
    expect(matches('and near')).toBe(true);
  });

  it('never makes SQLite raise an error, whatever the input', () => {
    const piece = fc.constantFrom(
      '"',
      '*',
      '(',
      ')',
      ':',
      '^',
      '-',
      '+',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      ' ',
      'é',
      '\u0301',
      '\ud83d',
      '😀',
      'a',
      'port',
      '{',
      '}',
      ',',
      '\0',
    );
    const input = fc.oneof(
      fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        const match = toFtsQuery(parseQuery(text));
        if (match !== null) search.all(match);
      }),
      { numRuns: 2000 },
    );
  });
});
