import { createRequire } from 'node:module';
import type { NameType } from '../../../shared/entities';
import { getLexicon, isLexiconName } from '../lexicon';
import { inEnglishVocabulary } from '../nlp';
import { readCities } from './cities';
import { countryNames, type CountryName } from './countries';

export interface GazetteerEntry {
  type: NameType;
  /**
   * The name shown for every spelling ("United States" for "U.S.", "US" and "America"); absent
   * where the text's own spelling is best ("NATO", not a lower-cased list entry).
   */
  canonical?: string;
  kind: 'country' | 'region' | 'city' | 'place' | 'demonym' | 'organization';
  /**
   * Also an ordinary word or a first name ("Nice", "Mobile", "Victoria"): trusted only where
   * capitalisation means something, never at the start of a sentence or in a headline.
   */
  weak: boolean;
}

export interface Gazetteer {
  /** Looks a phrase up as written: codes such as "US" must be upper case, names any case. */
  lookup(phrase: string): GazetteerEntry | undefined;
  /** The most words any entry has, so a scan knows how far to look ahead. */
  maxWords: number;
}

/** Cities of at least this many people: the ones news mentions without saying where they are. */
export const minCityPopulation = 100_000;

const load = createRequire(import.meta.url);

/** Lower case with typographic apostrophes folded, so "Côte d’Ivoire" finds "côte d'ivoire". */
export const gazetteerKey = (phrase: string): string =>
  phrase.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');

const build = (): Gazetteer => {
  const lexicon = getLexicon();
  const names = new Map<string, GazetteerEntry>();
  const codes = new Map<string, GazetteerEntry>();
  let maxWords = 1;
  const isWeak = (key: string): boolean =>
    (!isLexiconName(key) && inEnglishVocabulary(key)) ||
    lexicon.firstNames.has(key) ||
    lexicon.tagsOf(key).includes('LastName');
  // Whether an entry is weak costs a dictionary look-up, so it is worked out on first use.
  const mayBeWeak = new Set<string>();
  const add = (
    phrase: string,
    entry: Omit<GazetteerEntry, 'weak'>,
    options: { weakIfCommon?: boolean; replace?: boolean } = {},
  ): void => {
    const key = gazetteerKey(phrase.trim());
    if (key.length < 2 || (names.has(key) && !options.replace)) return;
    names.set(key, { ...entry, weak: false });
    if (options.weakIfCommon && !key.includes(' ')) mayBeWeak.add(key);
    else mayBeWeak.delete(key);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const named = (phrase: string): GazetteerEntry | undefined => {
    const key = gazetteerKey(phrase);
    const entry = names.get(key);
    if (entry && mayBeWeak.has(key)) {
      entry.weak = isWeak(key);
      mayBeWeak.delete(key);
    }
    return entry;
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
    for (const code of country.codes)
      codes.set(code, {
        type: 'place',
        canonical: country.canonical,
        kind: 'country',
        weak: false,
      });
    for (const demonym of country.demonyms)
      add(demonym, { type: 'misc', canonical: country.demonyms[0] ?? demonym, kind: 'demonym' });
  }
  for (const name of lexicon.entriesTagged('Country'))
    add(name, { type: 'place', kind: 'country' });
  for (const name of lexicon.entriesTagged('Region'))
    add(name, { type: 'place', kind: 'region' }, { weakIfCommon: true });
  for (const city of readCities(minCityPopulation)) {
    add(city.name, { type: 'place', canonical: city.name, kind: 'city' }, { weakIfCommon: true });
  }
  for (const name of lexicon.entriesTagged('City'))
    add(name, { type: 'place', kind: 'city' }, { weakIfCommon: true });
  for (const name of lexicon.entriesTagged('Place')) {
    // compromise's Place list also holds street abbreviations ("rd", "st") and airport codes.
    if (name.length >= 4) add(name, { type: 'place', kind: 'place' }, { weakIfCommon: true });
  }
  for (const name of lexicon.entriesTagged('Demonym')) {
    add(name, { type: 'misc', kind: 'demonym' });
  }
  for (const tag of ['Organization', 'SportsTeam']) {
    for (const name of lexicon.entriesTagged(tag)) {
      // Its organisation list starts with generic abbreviations ("inc", "dept", "co").
      if (name.length >= 3 && !lexicon.orgWords.has(name)) {
        add(name, { type: 'organization', kind: 'organization' }, { weakIfCommon: true });
      }
    }
  }
  return {
    lookup: (phrase) => codes.get(phrase) ?? named(phrase),
    maxWords,
  };
};

let gazetteer: Gazetteer | undefined;

/** Countries, demonyms, regions, large cities and known organisations; built once, on first use. */
export const getGazetteer = (): Gazetteer => (gazetteer ??= build());
