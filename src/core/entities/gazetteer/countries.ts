/** The parts of a world-countries record used here. */
export interface CountryName {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

export interface CountrySpellings {
  canonical: string;
  /** Names matched in any case: "South Korea", "Republic of Korea", "America". */
  names: string[];
  /** Codes matched exactly as written: "USA", "U.S.", "UK", "DPRK". */
  codes: string[];
  /** English demonyms, singular first: "South Korean", "South Koreans". */
  demonyms: string[];
}

const isCode = (spelling: string): boolean => /^[A-Z]{2,5}$/u.test(spelling);
const dotted = (code: string): string => `${code.split('').join('.')}.`;

/*
 * Two-letter country codes written without dots are mostly something else in running text (IT,
 * AI, TV, PM, MP, CD), so they count only dotted ("U.K."), or when world-countries lists them
 * as a spelling beyond the ISO code ("UK" for GB). "US" is the one ISO code English news
 * writes bare for the country; it is allowed by name.
 */
const bareIsoCodes = new Set(['US']);

/**
 * A spelling worth matching: several words, or one word that is neither an English word nor a
 * fragment of the country's own name ("Lanka", "Leone", "Arabia" are fragments).
 */
const isNameSpelling = (
  spelling: string,
  nameWords: ReadonlySet<string>,
  checks: SpellingChecks,
): boolean => {
  if (spelling.length < 4 || spelling.includes(',') || !/^\p{Lu}[\p{L} .'-]+$/u.test(spelling)) {
    return false;
  }
  if (spelling.includes(' ')) return true;
  const lower = spelling.toLowerCase();
  return !nameWords.has(lower) && !checks.isCommonWord(lower);
};

/** A plural English demonym: "Israelis", "Americans"; "Chinese" and "Swiss" have none. */
const plural = (demonym: string): string | undefined =>
  /(?:an|i|er)$/u.test(demonym) ? `${demonym}s` : undefined;

export interface SpellingChecks {
  /** An ordinary English word: "Peace", "State" and "Island" are spellings too in the data. */
  isCommonWord(lower: string): boolean;
  /** Another source (compromise) also knows the word as a country. */
  isCountryWord(lower: string): boolean;
}

/**
 * The spellings of each country in world-countries, plus the last word of an official name when
 * no other country shares it and compromise agrees it names a country ("America" from "United
 * States of America"; not "Korea", not "Africa").
 */
export const countryNames = (
  countries: readonly CountryName[],
  checks: SpellingChecks,
): CountrySpellings[] => {
  const lastWordCount = new Map<string, number>();
  const lastWord = (country: CountryName): string =>
    country.name.official.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  for (const country of countries) {
    const word = lastWord(country);
    lastWordCount.set(word, (lastWordCount.get(word) ?? 0) + 1);
  }
  const allNames = new Set(countries.map((country) => country.name.common.toLowerCase()));
  return countries.map((country) => {
    const names = new Set([country.name.common, country.name.official]);
    const codes = new Set<string>();
    const nameWords = new Set(
      `${country.name.common} ${country.name.official}`.toLowerCase().split(/\s+/u),
    );
    for (const spelling of country.altSpellings) {
      if (isCode(spelling)) {
        if (spelling === country.cca2 && !bareIsoCodes.has(spelling)) continue;
        codes.add(spelling);
        if (spelling.length <= 3) codes.add(dotted(spelling));
      } else if (isNameSpelling(spelling, nameWords, checks)) names.add(spelling);
    }
    // "Great Britain" is "Britain" as often as not.
    for (const name of [...names]) {
      const great = /^Great (\p{Lu}\p{Ll}{3,})$/u.exec(name);
      if (great?.[1]) names.add(great[1]);
    }
    const last = lastWord(country);
    const officialWords = country.name.official.split(/\s+/u);
    if (
      officialWords.length >= 3 &&
      !country.name.common.toLowerCase().split(/\s+/u).includes(last) &&
      checks.isCountryWord(last) &&
      last.length >= 5 &&
      lastWordCount.get(last) === 1 &&
      !allNames.has(last) &&
      /^\p{Lu}/u.test(officialWords.at(-1) ?? '')
    ) {
      names.add(officialWords.at(-1) ?? '');
    }
    const english = country.demonyms?.eng;
    const demonyms: string[] = [];
    for (const demonym of new Set([english?.m, english?.f])) {
      if (!demonym || allNames.has(demonym.toLowerCase()) || /\bor\b/u.test(demonym)) continue;
      demonyms.push(demonym);
      const many = plural(demonym);
      if (many) demonyms.push(many);
    }
    return { canonical: country.name.common, names: [...names], codes: [...codes], demonyms };
  });
};
