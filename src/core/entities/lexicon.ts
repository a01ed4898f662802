import { compromiseNlp, inEnglishVocabulary } from './nlp';

/**
 * Word lists taken from compromise's model (a package, not typed by hand here): first and last
 * names, titles, words that end organisation and place names, demonyms, and its lexicon of
 * well-known people, organisations and places.
 */
export interface Lexicon {
  /** Lower-case word or phrase → compromise's tags for it. */
  tagsOf(lower: string): readonly string[];
  firstNames: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  /** Entries compromise files under a tag, lower case. */
  entriesTagged(tag: string): string[];
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

let lexicon: Lexicon | undefined;

const build = (): Lexicon => {
  const model = compromiseNlp().model() as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
  };
  const entries = model.one.lexicon;
  const tagsOf = (lower: string): readonly string[] => {
    const tags = entries[lower];
    if (tags === undefined) return [];
    return Array.isArray(tags) ? tags : [tags];
  };
  const byTag = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(entries)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = byTag.get(tag);
      if (list) list.push(word);
      else byTag.set(tag, [word]);
    }
  }
  const tagged = (tag: string): string[] => byTag.get(tag) ?? [];
  return {
    tagsOf,
    firstNames: new Set([...tagged('FirstName'), ...tagged('MaleName'), ...tagged('FemaleName')]),
    titles: new Set([
      ...tagged('Honorific'),
      ...tagged('Honorific').map((word) => `${word}.`),
      ...extraTitles,
      ...titleRoles,
    ]),
    orgWords: new Set([...Object.keys(model.two.orgWords ?? {}), ...extraOrgWords]),
    placeWords: new Set(Object.keys(model.two.placeWords ?? {})),
    entriesTagged: tagged,
  };
};

export const getLexicon = (): Lexicon => (lexicon ??= build());

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
export const isLexiconName = (lower: string): boolean =>
  getLexicon()
    .tagsOf(lower)
    .some((tag) => nameTags.has(tag));

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
