import { inEnglishVocabulary } from './nlp';
import lexiconTable from './tables/lexicon.json';

/**
 * Word lists taken from compromise's model (a package, not typed by hand here): first and last
 * names, titles, words that end organisation and place names, demonyms, and its lexicon of
 * well-known people, organisations and places. They are read from a table written from
 * compromise (tables/), not from compromise itself, which takes 0.4 s to load.
 */
export interface Lexicon {
  /** Lower-case word or phrase → compromise's tags for it. */
  tagsOf(lower: string): readonly string[];
  firstNames: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

/*
 * A few words compromise lacks that mark a name's type in news English. They are grammar-like
 * cue words (what an organisation, a law or an event is called), not names of anything.
 */
const extraTitles = [
  'general',
  'president',
  'premier',
  'chancellor',
  'secretary',
  'senator',
  'governor',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'judge',
  'justice',
  'gen.',
  'lt.',
  'col.',
  'sgt.',
  'capt.',
  'cmdr.',
  'adm.',
  'sen.',
  'rep.',
  'gov.',
  'pres.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'rev.',
];
const titleRoles = [
  'admiral',
  'ayatollah',
  'archbishop',
  'bishop',
  'captain',
  'cardinal',
  'chair',
  'chairperson',
  'chairman',
  'chairwoman',
  'chief',
  'colonel',
  'commander',
  'commissioner',
  'congressman',
  'congresswoman',
  'corporal',
  'deputy',
  'director',
  'emperor',
  'lieutenant',
  'lord',
  'major',
  'mayor',
  'minister',
  'prosecutor',
  'sergeant',
  'sir',
  'dame',
  'vice',
];
export const extraOrgWords = [
  'forces',
  'force',
  'party',
  'front',
  'movement',
  'league',
  'guard',
  'command',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'court',
  'cabinet',
  'alliance',
  'ministry',
  'inc.',
  'corp.',
  'co.',
  'ltd.',
  'plc',
  'ag',
  'sa',
];
export const miscWords = [
  'open',
  'tour',
  'series',
  'festival',
  'marathon',
  'agreement',
  'act',
  'treaty',
  'accord',
  'accords',
  'convention',
  'protocol',
  'pact',
  'doctrine',
  'war',
  'olympics',
  'games',
  'cup',
  'championship',
  'championships',
  'prize',
  'award',
  'awards',
  'bill',
  'amendment',
  'constitution',
  'declaration',
  'initiative',
  'summit',
];

/**
 * compromise's words as Gloss keeps them (tables/lexicon.json, written from compromise by
 * scripts/entity-tables.ts): the words of each set of tags, under the tags joined by ",".
 */
export interface LexiconTable {
  wordsByTags: Record<string, string[]>;
  orgWords: string[];
  placeWords: string[];
}

let lexicon: Lexicon | undefined;

/** The lexicon from its table: a Map of word → tags, and the word sets built from the tags. */
export const lexiconFromTable = (table: LexiconTable): Lexicon => {
  const entries = new Map<string, readonly string[]>();
  const byTag = new Map<string, string[]>();
  for (const [key, words] of Object.entries(table.wordsByTags)) {
    const tags = key.split(',');
    for (const word of words) entries.set(word, tags);
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      for (const word of words) list.push(word);
      byTag.set(tag, list);
    }
  }
  const tagged = (tag: string): string[] => byTag.get(tag) ?? [];
  return {
    tagsOf: (lower) => entries.get(lower) ?? [],
    firstNames: new Set([...tagged('FirstName'), ...tagged('MaleName'), ...tagged('FemaleName')]),
    titles: new Set([
      ...tagged('Honorific'),
      ...tagged('Honorific').map((word) => `${word}.`),
      ...extraTitles,
      ...titleRoles,
    ]),
    orgWords: new Set([...table.orgWords, ...extraOrgWords]),
    placeWords: new Set(table.placeWords),
  };
};

export const getLexicon = (): Lexicon => (lexicon ??= lexiconFromTable(lexiconTable));

const nameTags = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
]);
const functionTags = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'QuestionWord',
  'Adverb',
  'Auxiliary',
  'Negative',
]);

/** compromise's lexicon calls this word a name (a first or last name, a place, an organisation). */
export const isLexiconName = (lower: string): boolean => isNameTagged(getLexicon().tagsOf(lower));

/** Tags that make a word a name: a first or last name, a place, an organisation. */
export const isNameTagged = (tags: readonly string[]): boolean =>
  tags.some((tag) => nameTags.has(tag));

/** A grammatical word ("the", "with", "both") that never starts a name. */
export const isFunctionWord = (lower: string): boolean =>
  getLexicon()
    .tagsOf(lower)
    .some((tag) => functionTags.has(tag));

/** Endings to try when a word is not in the dictionary as written: "scorers" → "scorer". */
const inflections: Array<[RegExp, string]> = [
  [/ies$/u, 'y'],
  [/es$/u, ''],
  [/s$/u, ''],
  [/ed$/u, ''],
  [/ed$/u, 'e'],
  [/ing$/u, ''],
  [/ing$/u, 'e'],
];

/** An ordinary English word, not known as a name: "Experts", "Former", "Growing". */
export const isCommonWord = (lower: string): boolean => {
  if (isLexiconName(lower)) return false;
  if (getLexicon().tagsOf(lower).length > 0 || inEnglishVocabulary(lower)) return true;
  return inflections.some(([ending, replacement]) => {
    if (!ending.test(lower)) return false;
    const stem = lower.replace(ending, replacement);
    return stem.length >= 4 && !isLexiconName(stem) && inEnglishVocabulary(stem);
  });
};
