import { Cite } from '@citation-js/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReference, type CslName, type Reference } from '../../shared/citations/reference';
import { formatBibtex, parseWith } from './citationJs';
import { cslFromReference, referenceFromCsl } from './convert';

/*
 * What Gloss writes as BibTeX (and CSL-JSON), citation-js reads back as the same reference:
 * any title, any Unicode, names with accents and particles. The types are those BibLaTeX has
 * an entry type for; the others (article-magazine, post-weblog, ...) come back as their nearest
 * BibLaTeX type, a known loss of the format.
 */
const roundTripTypes = [
  'article-journal',
  'book',
  'chapter',
  'paper-conference',
  'report',
  'thesis',
  'webpage',
  'manuscript',
  'dataset',
  'software',
  'patent',
  'legislation',
  'motion_picture',
] as const;

const letters = [...'abcdefghijklmnopqrstuvwxyzàáâäãåçèéêëìíîïñòóôöõøùúûüýÿßæœłđšžčř'];
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''));
const capitalised = word.map((text) => text.charAt(0).toLocaleUpperCase() + text.slice(1));
const particle = fc.constantFrom('van', 'van der', 'de la', 'de', 'von', 'della', 'du', 'ten');
const person: fc.Arbitrary<CslName> = fc
  .record(
    {
      family: fc.array(capitalised, { minLength: 1, maxLength: 2 }).map((parts) => parts.join('-')),
      given: fc.array(capitalised, { minLength: 1, maxLength: 2 }).map((parts) => parts.join(' ')),
      'non-dropping-particle': particle,
    },
    { requiredKeys: ['family'] },
  )
  .map((name) => name as CslName);

/** Any Unicode text that has some non-space character (BibTeX keeps no empty field). */
const anyText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map((text) => text.replace(/\s+/gu, ' ').trim())
  .filter((text) => text !== '');

const date = fc
  .tuple(
    fc.integer({ min: 1500, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([year, month, day]) => ({ 'date-parts': [[year, month, day]] }));

const reference: fc.Arbitrary<Reference> = fc
  .record(
    {
      type: fc.constantFrom(...roundTripTypes),
      title: anyText,
      author: fc.array(person, { minLength: 1, maxLength: 4 }),
      editor: fc.array(person, { minLength: 1, maxLength: 2 }),
      issued: date,
      'container-title': anyText,
      publisher: anyText,
      volume: fc.integer({ min: 1, max: 999 }).map(String),
      DOI: fc.constantFrom('10.1234/abc.5', '10.5555/x_y-(z)'),
      URL: fc.constantFrom('https://example.org/a_b?c=1%20&d=2#x'),
      accessed: date,
      language: fc.constantFrom('en', 'fr', 'de-AT'),
    },
    { requiredKeys: ['type', 'title', 'author'] },
  )
  .map((value) => compactReference(value as Reference));

const viaBibtex = (value: Reference): Reference => {
  const bib = formatBibtex([cslFromReference(value, 'key2024')]);
  const [item] = parseWith(bib, 'bibtex');
  if (!item) throw new Error(`citation-js read no entry from ${bib}`);
  return referenceFromCsl(item);
};

const viaCslJson = (value: Reference): Reference => {
  const json = JSON.stringify(new Cite([cslFromReference(value, 'key2024')]).data);
  const [item] = parseWith(JSON.parse(json) as object, 'csl');
  if (!item) throw new Error(`citation-js read no entry from ${json}`);
  return referenceFromCsl(item);
};

describe('references round-trip', () => {
  it('through BibTeX written by Gloss and read by citation-js', () => {
    fc.assert(
      fc.property(reference, (value) => {
        expect(viaBibtex(value)).toEqual(value);
      }),
      {
        numRuns: 300,
      },
    );
  });

  it('through CSL-JSON', () => {
    fc.assert(
      fc.property(reference, (value) => {
        expect(viaCslJson(value)).toEqual(value);
      }),
      {
        numRuns: 300,
      },
    );
  });

  it('keeps LaTeX special characters and scripts LaTeX cannot spell', () => {
    const title = 'Ça {va}? 100% $x$ & a_b #1 ~ ^ \\ 東京 Ελλάδα 😀';
    const value = compactReference({
      type: 'book',
      title,
      author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }],
    });
    expect(viaBibtex(value).title).toBe(title);
  });
});
