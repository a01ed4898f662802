import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { frontMatterYaml, readFrontMatter, writtenHere } from './frontMatterYaml';

/** Characters of titles, names and dates, and those YAML reads as syntax or another type. */
const characters = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...'aZé9 0 1 ,.;?()/…·'.split('')) },
  fc.constantFrom(
    ...':#-?[]{}!&*|>\'"%@`~\\\t\n\r\u0000\u0085\u00a0\u2028\u2029\u3000\ufeff\ud800'.split(''),
    ': ',
    ' #',
    '- ',
    '---',
    '...',
    '“',
    '’',
  ),
);
const text = fc.array(characters, { maxLength: 10 }).map((parts) => parts.join(''));
/** Whole values that YAML would read as null, a boolean or a number. */
const lookalike = fc.constantFrom(
  '',
  '~',
  'null',
  'Null',
  'true',
  'FALSE',
  'yes',
  '2024',
  '-12',
  '0o17',
  '0x1F',
  '1e5',
  '.5',
  '3.',
  '.inf',
  '.NaN',
  '2024-05-01',
  '2025-07-01T12:00:00.000Z',
  'Seoul: talks & “costs”',
  "it's",
  'say "hi"',
  'both \' and "',
);
const string = fc.oneof(text, lookalike);
const primitive = fc.oneof(
  { weight: 6, arbitrary: string },
  fc.integer(),
  fc.boolean(),
  fc.double(),
  fc.constant(-0),
);
const key = fc.constantFrom('title', 'author', 'container-title', 'year', 'null', 'a b', 'x:');
const value = fc.oneof(
  { weight: 4, arbitrary: primitive },
  fc.array(string, { maxLength: 3 }),
  fc.array(primitive, { maxLength: 2 }),
  fc.dictionary(key, primitive, { maxKeys: 3 }),
  fc.dictionary(key, fc.array(string, { maxLength: 2 }), { maxKeys: 2 }),
);

describe('front matter written without the yaml package', () => {
  it('is what yaml writes, for any values', () => {
    let written = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (data) => {
        const expected = stringify(data, { lineWidth: 0 }).trimEnd();
        const here = writtenHere(data);
        if (here !== undefined) written += 1;
        expect(here ?? expected).toBe(expected);
        expect(frontMatterYaml(data)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Some are written here, not left to yaml: the comparison is not an empty one.
    expect(written).toBeGreaterThan(100);
  });

  it('writes the front matter of an export itself, as yaml would', () => {
    const oneLine = fc
      .array(fc.oneof({ weight: 4, arbitrary: characters }, lookalike), { maxLength: 6 })
      // eslint-disable-next-line no-control-regex -- takes out what makes yaml write a block
      .map((parts) => parts.join('').replace(/[\n\r\t\u0000\u0085\ud800]/gu, 'x'));
    const exportKey = fc.constantFrom('title', 'source', 'container-title', 'added', 'tags');
    const exportValue = fc.oneof(
      { weight: 4, arbitrary: oneLine },
      fc.nat(),
      fc.array(oneLine, { maxLength: 3 }),
      fc.record({ document: oneLine, format: fc.constant(1) }),
    );
    let written = 0;
    fc.assert(
      fc.property(fc.dictionary(exportKey, exportValue, { minKeys: 1 }), (data) => {
        const expected = stringify(data, { lineWidth: 0 }).trimEnd();
        const here = writtenHere(data);
        if (here !== undefined) written += 1;
        expect(here ?? expected).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(written).toBeGreaterThan(2000);
  });

  it('is what yaml writes for a document of an export', () => {
    const data = {
      title: 'Seoul: talks & “costs”',
      author: 'Jane Doe',
      source: 'https://example.org/a?b=c#d',
      citekey: 'doe2024seoul',
      authors: ['Jane Doe', 'van der Berg, Piet'],
      year: 2024,
      issued: '2024-05-01',
      added: '2025-06-01T10:00:01.000Z',
      exported: '2025-07-01T12:00:00.000Z',
      tags: [],
      entities: ['Seoul', 'Donald Trump', '$1.47 billion'],
      gloss: { document: '1de1e2d9-f360-4ff9-9641-63a2e3ad142f', format: 1 },
    };
    expect(frontMatterYaml(data)).toBe(stringify(data, { lineWidth: 0 }).trimEnd());
  });

  it('is read back as yaml reads it', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (data) => {
        const written = frontMatterYaml(data);
        expect(readFrontMatter(written)).toEqual(parse(written));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any text as yaml does, or fails where yaml fails', () => {
    const line = fc.oneof(
      fc.tuple(key, fc.constantFrom(':', ': ', ':  '), fc.oneof(string, fc.constant('[]'))),
      fc.tuple(fc.constantFrom('  - ', '  ', '  -', '    - '), string, fc.constant('')),
      fc.tuple(fc.constantFrom('  '), key, fc.oneof(string, fc.constant(': x'))),
    );
    const text = fc
      .array(line, { minLength: 1, maxLength: 6 })
      // Without `!`: a tag yaml cannot resolve is read the same, but with a warning printed.
      .map((lines) => lines.map((parts) => parts.join('').replaceAll('!', '?')).join('\n'));
    const outcome = (read: () => unknown) => {
      try {
        return { value: read() };
      } catch {
        return { failed: true };
      }
    };
    fc.assert(
      fc.property(text, (yaml) => {
        expect(outcome(() => readFrontMatter(yaml))).toEqual(outcome(() => parse(yaml)));
      }),
      { numRuns: 3000 },
    );
  });
});
