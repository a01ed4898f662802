import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityType } from '../../shared/entities';
import { repoResourcesDir } from '../testing';
import { extractEntities } from './index';
import { shippedNameModel, useNameModel } from './modelPath';
import { bundledArticle, entityNamed, loadTimeout, occurrences } from './testing';
import type { ExtractResult } from './types';

/** issue 4 § Quality: what the bundled article must yield, with every mention. */
const expected: Array<{ type: EntityType; canonical: string; surfaces: string[]; value?: string }> =
  [
    { type: 'person', canonical: 'Donald Trump', surfaces: ['Donald Trump', 'Trump'] },
    { type: 'person', canonical: 'Choi Sang-mok', surfaces: ['Choi Sang-mok'] },
    { type: 'person', canonical: 'Danny Russel', surfaces: ['Danny Russel'] },
    // The text says "then-President Biden" only: no full name to take from it.
    { type: 'person', canonical: 'Biden', surfaces: ['Biden'] },
    { type: 'person', canonical: 'Yoon Suk Yeol', surfaces: ['Yoon Suk Yeol'] },
    { type: 'person', canonical: 'Xavier Brunson', surfaces: ['Xavier Brunson'] },
    { type: 'place', canonical: 'Japan', surfaces: ['Japan'] },
    { type: 'place', canonical: 'South Korea', surfaces: ['South Korea'] },
    { type: 'place', canonical: 'Seoul', surfaces: ['Seoul'] },
    { type: 'place', canonical: 'Tokyo', surfaces: ['Tokyo'] },
    { type: 'place', canonical: 'China', surfaces: ['China'] },
    { type: 'place', canonical: 'Russia', surfaces: ['Russia'] },
    { type: 'place', canonical: 'North Korea', surfaces: ['North Korea'] },
    { type: 'place', canonical: 'Indo-Pacific', surfaces: ['Indo-Pacific'] },
    // "U.S. Forces Korea" is an organisation of its own, so one "U.S." is not the country.
    { type: 'place', canonical: 'United States', surfaces: ['U.S.'] },
    {
      type: 'organization',
      canonical: 'Asia Society Policy Institute',
      surfaces: ['Asia Society Policy Institute'],
    },
    { type: 'organization', canonical: 'Pentagon', surfaces: ['Pentagon'] },
    { type: 'organization', canonical: 'U.S. Forces Korea', surfaces: ['U.S. Forces Korea'] },
    { type: 'organization', canonical: 'Hamas', surfaces: ['Hamas'] },
    { type: 'organization', canonical: 'Truth Social', surfaces: ['Truth Social'] },
    {
      type: 'money',
      canonical: '$1.47 billion',
      surfaces: ['$1.47 billion'],
      value: '1470000000 USD',
    },
    {
      type: 'money',
      canonical: '$1.48 billion',
      surfaces: ['$1.48 billion'],
      value: '1480000000 USD',
    },
    { type: 'percent', canonical: '8.3%', surfaces: ['8.3%'], value: '8.3' },
    { type: 'date', canonical: 'June 3', surfaces: ['June 3'], value: '--06-03' },
    { type: 'date', canonical: 'March 2027', surfaces: ['March 2027'], value: '2027-03' },
    { type: 'date', canonical: '2020', surfaces: ['2020'], value: '2020' },
    { type: 'quantity', canonical: '50,000 troops', surfaces: ['50,000'], value: '50000' },
    { type: 'quantity', canonical: '28,500 troops', surfaces: ['28,500'], value: '28500' },
  ];

/** Words a reader would laugh at in the panel. */
const absurd = [
  'Read More',
  'Read',
  'More',
  'Share',
  'Former',
  'Experts',
  'Analysts',
  'Both',
  'President',
  'General',
  'Finance',
  'Minister',
  'Finance Minister',
  'Pushback',
  'Costly Gamble',
  'Rejects',
  'Ceasefire',
  'Second Phase',
  'Violations',
  'Growing Nuclear Debate',
  'Strategic Importance',
  'Pressure Tactics',
  'then-President',
  'two',
  'five',
  'first',
];

/** The app tags names with the shipped model; without one it falls back to the rule-based extractor. */
const extractors = [
  { names: 'the shipped model', model: shippedNameModel(repoResourcesDir) },
  { names: 'the rule-based fallback', model: null },
];

describe.each(extractors)('entities of the bundled article, names from $names', ({ model }) => {
  let text = '';
  let result: ExtractResult;
  beforeAll(() => {
    useNameModel(model);
    text = bundledArticle();
    result = extractEntities(text);
  }, loadTimeout);
  afterAll(() => useNameModel(null));

  it.each(expected)('finds $canonical ($type) with all its mentions', (item) => {
    const entity = entityNamed(result, item.type, item.canonical);
    expect(entity, `${item.type} ${item.canonical}`).toBeDefined();
    if (item.value !== undefined) expect(entity?.value).toBe(item.value);
    const found = new Set(entity?.mentions.map((mention) => mention.start));
    for (const surface of item.surfaces) {
      const starts = occurrences(text, surface).filter(
        // "South Korean" is a nationality, "U.S. Forces Korea" an organisation.
        (start) =>
          !/^[n]/u.test(text.slice(start + surface.length)) &&
          !(surface === 'U.S.' && text.startsWith('U.S. Forces', start)),
      );
      const inLongerName = (start: number): boolean =>
        result.mentions.some(
          (mention) =>
            mention.start <= start &&
            mention.end >= start + surface.length &&
            mention.end - mention.start > surface.length &&
            mention.canonical === item.canonical,
        );
      for (const start of starts) {
        expect(found.has(start) || inLongerName(start), `${surface} at ${start}`).toBe(true);
      }
    }
  });

  it('keeps every mention exact: offsets give back the text, no stray punctuation', () => {
    for (const mention of result.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.text).not.toMatch(/^[\s,.;:’'"“”()-]|[\s,;:’'"“”()-]$/u);
      expect(mention.text).not.toMatch(/[’']s$/u);
    }
    const starts = result.mentions.map((mention) => mention.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('lists nothing absurd', () => {
    const names = result.entities.map((entity) => entity.canonical);
    for (const word of absurd) expect(names).not.toContain(word);
    for (const entity of result.entities) {
      if (['person', 'organization', 'place'].includes(entity.type)) {
        expect(entity.canonical, entity.canonical).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it('merges the acronym with its long form and tags nationalities as misc', () => {
    const agreement = result.entities.find((entity) => entity.aliases.includes('SMA'));
    expect(agreement?.canonical).toBe('Special Measures Agreement');
    expect(agreement?.mentions).toHaveLength(3);
    expect(entityNamed(result, 'misc', 'South Korean')).toBeDefined();
    expect(entityNamed(result, 'misc', 'Israeli')).toBeDefined();
    expect(entityNamed(result, 'person', 'Donald Trump')?.aliases).toEqual(['Trump']);
  });

  it('reads "June 3" against the document date when there is one', () => {
    useNameModel(model);
    const dated = extractEntities(text, { documentDate: '2025-04-07' });
    expect(entityNamed(dated, 'date', 'June 3')?.value).toBe('2025-06-03');
  });
});
