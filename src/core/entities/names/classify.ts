import type { NameType } from '../../../shared/entities';
import { getGazetteer, type GazetteerEntry } from '../gazetteer';
import { getLexicon, isCommonWord, isLexiconName, miscWords } from '../lexicon';
import type { Word } from './words';

/** How sure a guess is: 3 from a list or a cue word, 2 from the shape of the name, 1 a default. */
export type Strength = 1 | 2 | 3;

export interface Guess {
  type: NameType;
  strength: Strength;
}

/** The words around a run that say something about it. */
export interface RunContext {
  before?: Word;
  after?: Word;
  /** A title came before the run ("President", "then-President", "commander"). */
  titled: boolean;
}

const directions = new Set(
  'north south east west northern southern eastern western central upper lower greater northeast northwest southeast southwest'.split(
    ' ',
  ),
);
const miscWordSet = new Set(miscWords);
const placePrepositions = new Set(['in', 'near', 'outside', 'across', 'throughout']);

export const surfaceOf = (text: string, words: readonly Word[]): string =>
  text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0);

/** A word written in capitals, as acronyms are: "NATO", "SMA", "U.S.". */
export const isAcronym = (word: Word): boolean =>
  !word.shouting && /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(word.text);

/**
 * "Pushback", "Ceasefire": one English word made of two that a dictionary may not list. The
 * halves must be in compromise's small lexicon of everyday words: in wink's large vocabulary
 * "Pentagon" would split into "pent" and "agon".
 */
const isCompound = (lower: string): boolean => {
  if (lower.length < 8) return false;
  const everyday = (part: string): boolean =>
    getLexicon().tagsOf(part).length > 0 && !isLexiconName(part);
  for (let cut = 4; cut <= lower.length - 4; cut += 1) {
    if (everyday(lower.slice(0, cut)) && everyday(lower.slice(cut))) return true;
  }
  return false;
};

/** A word that reads as ordinary English, not as part of a name. */
export const isPlainWord = (word: Word): boolean =>
  !isAcronym(word) &&
  !isLexiconName(word.lower) &&
  (isCommonWord(word.lower) || isCompound(word.lower.replace(/[^\p{L}]/gu, '')));

export const gazetteerEntry = (
  text: string,
  words: readonly Word[],
): GazetteerEntry | undefined => {
  const entry = getGazetteer().lookup(surfaceOf(text, words));
  if (!entry) return undefined;
  // "Nice" or "Victoria" are places only where a capital letter means a name.
  if (entry.weak && (words[0]?.initial || words[0]?.headline)) return undefined;
  return entry;
};

const hasPlaceInside = (text: string, words: readonly Word[]): boolean => {
  const gazetteer = getGazetteer();
  for (let from = 0; from < words.length; from += 1) {
    for (let to = from + 1; to <= words.length && to - from <= gazetteer.maxWords; to += 1) {
      if (gazetteer.lookup(surfaceOf(text, words.slice(from, to)))?.type === 'place') return true;
    }
  }
  return false;
};

/** "English", "Kurdish", "Islamic": a capitalised adjective, as nationalities and creeds are. */
const isAdjectival = (word: Word): boolean =>
  word.tags.has('Adjective') ||
  word.tags.has('Demonym') ||
  /\p{Ll}(?:ish|ese|ian|ean)$/u.test(word.text);

/** "the Atlantic", "the Pacific": the gazetteer knows the ocean by its full name. */
const isOceanName = (word: Word): boolean =>
  getGazetteer().lookup(`${word.text} Ocean`)?.type === 'place';

const singleWordGuess = (word: Word, context: RunContext): Guess | undefined => {
  const lexiconTags = getLexicon().tagsOf(word.lower);
  if (context.titled) return { type: 'person', strength: 3 };
  if (lexiconTags.includes('LastName') || lexiconTags.includes('Person')) {
    return { type: 'person', strength: 2 };
  }
  if (isAcronym(word)) return { type: 'organization', strength: 2 };
  if (getLexicon().titles.has(word.lower) || word.tags.has('Honorific')) return undefined;
  // An ordinary word capitalised mid-sentence is most likely a name ("Trump", "Congress");
  // weakly, so that the rest of the document decides its type.
  if (isPlainWord(word)) {
    if (word.initial) return undefined;
    if (isAdjectival(word)) return { type: 'misc', strength: 1 };
    if (getLexicon().placeWords.has(word.lower) || isOceanName(word)) {
      return { type: 'place', strength: 2 };
    }
    return word.tags.has('Noun') ? { type: 'organization', strength: 1 } : undefined;
  }
  if (word.tags.has('Person')) return { type: 'person', strength: 1 };
  if (isAdjectival(word)) return { type: 'misc', strength: 1 };
  if (word.tags.has('Place')) return { type: 'place', strength: 1 };
  const before = context.before?.lower;
  if (before === 'the') return { type: 'organization', strength: 2 };
  if (before && placePrepositions.has(before)) return { type: 'place', strength: 1 };
  return { type: 'organization', strength: 1 };
};

/**
 * The type of a name made of these words, from the strongest evidence there is: a gazetteer
 * or compromise's lexicon, a title before it, a cue word in it ("Institute", "Agreement",
 * "River"), a first name, then its shape. Undefined when the words are not a name.
 */
export const classifyRun = (
  text: string,
  words: readonly Word[],
  context: RunContext,
): Guess | undefined => {
  const first = words[0];
  if (!first) return undefined;
  const lexicon = getLexicon();
  const entry = gazetteerEntry(text, words);
  if (entry) return { type: entry.type, strength: 3 };
  const lowers = words.map((word) => word.lower);
  const last = lowers.at(-1) ?? '';
  if (lexicon.tagsOf(lowers.join(' ')).includes('Person')) return { type: 'person', strength: 3 };
  const after = context.after;
  // "the Indo-Pacific region", "Hebei province": a lower-case place word right after the name.
  if (after && !after.capitalised && !after.breakBefore && lexicon.placeWords.has(after.lower)) {
    return { type: 'place', strength: 2 };
  }
  if (words.length === 1) return singleWordGuess(first, context);
  if (miscWordSet.has(last)) return { type: 'misc', strength: 3 };
  if (lowers.some((lower) => lexicon.orgWords.has(lower))) {
    return { type: 'organization', strength: 3 };
  }
  if (lowers.some((lower) => lexicon.placeWords.has(lower))) return { type: 'place', strength: 3 };
  if (context.titled) return { type: 'person', strength: 3 };
  const rest = words.slice(1);
  const restIsNames = rest.every((word) => !isPlainWord(word));
  // "Bob Estes", "Walter Little", "S. Waugh": a first name or an initial, then a surname.
  const initial = /^\p{Lu}\.$/u.test(first.text);
  if ((initial || lexicon.firstNames.has(first.lower)) && words.length <= 4) {
    return { type: 'person', strength: restIsNames ? 3 : 2 };
  }
  if (
    directions.has(first.lower) &&
    getGazetteer().lookup(surfaceOf(text, rest))?.type === 'place'
  ) {
    return { type: 'place', strength: 2 };
  }
  if (hasPlaceInside(text, words)) return { type: 'organization', strength: 2 };
  if (words.every((word) => !isPlainWord(word) && !isAcronym(word)) && words.length <= 4) {
    return { type: 'person', strength: 2 };
  }
  return { type: 'organization', strength: 1 };
};
