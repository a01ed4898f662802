import type { NameType } from '../../../shared/entities';
import { getGazetteer } from '../gazetteer';
import { getLexicon, isFunctionWord, isLexiconName, miscWords } from '../lexicon';
import {
  classifyRun,
  gazetteerEntry,
  isAcronym,
  isPlainWord,
  surfaceOf,
  type Strength,
} from './classify';
import type { Word } from './words';
import type { Span } from '../../../shared/span';

/** A name found in one place, before the document-wide vote on its type. */
export interface Candidate {
  start: number;
  end: number;
  type: NameType;
  strength: Strength;
}

/** Lower-case words that may sit inside a name: "Bank of Korea", "Ludwig van Beethoven". */
const connectors = new Set(
  'of for de del della di da do dos das du des la le van von der den ter al el bin ibn y &'.split(
    ' ',
  ),
);
const dateTags = ['Month', 'WeekDay', 'Date'];
const miscWordSet = new Set(miscWords);

const calendarWord =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A capitalised word that can be part of a name; a month or a weekday only inside one. */
const isRunWord = (word: Word, inside = false): boolean =>
  word.capitalised &&
  word.text !== 'I' &&
  !word.tags.has('Ordinal') &&
  (inside || !calendarWord.test(word.text)) &&
  !(dateTags.some((tag) => word.tags.has(tag)) && !word.tags.has('Person'));

const isTitle = (word: Word): boolean =>
  getLexicon().titles.has(word.lower) || word.tags.has('Honorific');

/** Splits the words into runs: capitalised words with no punctuation between them. */
export const runsOf = (words: readonly Word[]): Array<{ run: Word[]; index: number }> => {
  const runs: Array<{ run: Word[]; index: number }> = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    if (!isRunWord(word)) {
      i += 1;
      continue;
    }
    const run = [word];
    let j = i + 1;
    while (j < words.length && !(run.at(-1) as Word).endsName) {
      const next = words[j] as Word;
      if (next.breakBefore || next.headline !== word.headline) break;
      if (isRunWord(next, true)) {
        run.push(next);
        j += 1;
        continue;
      }
      // Connectors, possibly several ("van der"), then a capitalised word.
      let k = j;
      while (k < words.length && k - j < 3) {
        const connector = words[k] as Word;
        if (
          !connectors.has(connector.text) ||
          connector.endsName ||
          (k > j && connector.breakBefore)
        ) {
          break;
        }
        k += 1;
      }
      const after = words[k];
      if (k > j && after && isRunWord(after, true) && !after.breakBefore) {
        run.push(...words.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push({ run, index: i });
    i = j;
  }
  return runs;
};

/** The rest of a run after a title reads as a person's name: "Donald Trump", not "Department". */
const looksLikePersonName = (words: readonly Word[]): boolean => {
  const lexicon = getLexicon();
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.some((word) => !isPlainWord(word)) &&
    !words.some(
      (word) => lexicon.orgWords.has(word.lower) || miscWordSet.has(word.lower) || isAcronym(word),
    )
  );
};

interface TitleSplit {
  /** Words before the title ("U.S." of "U.S. President"), kept only if they name something. */
  before: Word[];
  person: Word[];
}

/** "U.S. President Donald Trump" → "U.S." + "Donald Trump"; "Secretary of State X Y" → "X Y". */
const splitAtTitle = (run: readonly Word[]): TitleSplit | undefined => {
  for (let t = run.length - 2; t >= 0; t -= 1) {
    if (!isTitle(run[t] as Word)) continue;
    let rest = run.slice(t + 1);
    if (rest.length > 2 && connectors.has((rest[0] as Word).text)) rest = rest.slice(2);
    if (!looksLikePersonName(rest)) continue;
    let titleStart = t;
    while (titleStart > 0 && isTitle(run[titleStart - 1] as Word)) titleStart -= 1;
    return { before: run.slice(0, titleStart), person: rest };
  }
  return undefined;
};

/** A capitalised first word that is only capitalised because it starts a sentence. */
const isDroppableStart = (text: string, word: Word): boolean =>
  (word.initial || word.headline) &&
  !gazetteerEntry(text, [word]) &&
  (isFunctionWord(word.lower) || isPlainWord(word) || isTitle(word));

/**
 * In a headline every word is capitalised: only gazetteer names, compromise's known names and
 * words no dictionary knows ("Hamas") are taken, each weakly, for the document to confirm.
 */
const headlineCandidates = (text: string, run: readonly Word[]): Candidate[] => {
  const found: Candidate[] = [];
  const maxWords = getGazetteer().maxWords;
  let group: Word[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const guess =
      group.length > 1
        ? classifyRun(text, group, { titled: false })
        : isLexiconName(group[0]?.lower ?? '')
          ? classifyRun(text, group, { titled: false })
          : { type: 'organization' as const, strength: 1 as const };
    if (guess) found.push({ ...span(group), type: guess.type, strength: 1 });
    group = [];
  };
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let to = Math.min(run.length, i + maxWords); to > i; to -= 1) {
      const entry = gazetteerEntry(text, run.slice(i, to));
      if (entry) {
        flush();
        found.push({ ...span(run.slice(i, to)), type: entry.type, strength: 2 });
        matched = to - i;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = run[i] as Word;
    if (word.capitalised && !isPlainWord(word) && !isFunctionWord(word.lower) && !isTitle(word)) {
      group.push(word);
    } else flush();
    i += 1;
  }
  flush();
  return found;
};

const span = (words: readonly Word[]): Span => ({
  start: words[0]?.start ?? 0,
  end: words.at(-1)?.end ?? 0,
});

/** The candidates in one run of capitalised words. */
export const runCandidates = (
  text: string,
  words: readonly Word[],
  index: number,
  runLength: number,
): Candidate[] => {
  let run = words.slice(index, index + runLength);
  if (run[0]?.headline) return headlineCandidates(text, run);
  const before = words[index - 1];
  const after = words[index + runLength];
  const titledBefore =
    before !== undefined &&
    !run[0]?.breakBefore &&
    (isTitle(before) || (!before.capitalised && before.tags.has('Actor')));
  const whole = classifyWhole(text, run);
  if (whole) return [whole];
  while (run.length > 0 && isDroppableStart(text, run[0] as Word)) run = run.slice(1);
  // A connector cannot start a name once the word before it is dropped.
  while (run.length > 0 && !(run[0] as Word).capitalised) run = run.slice(1);
  if (run.length === 0) return [];
  const split = splitAtTitle(run);
  if (split) {
    const found: Candidate[] = [{ ...span(split.person), type: 'person', strength: 3 }];
    const before = titlePrefix(text, split.before);
    if (before) found.unshift(before);
    return found;
  }
  if (run.every((word) => isTitle(word))) return [];
  const guess = classifyRun(text, run, { before, after, titled: titledBefore });
  return guess ? [{ ...span(run), ...guess }] : [];
};

/**
 * What comes before a title, kept when it names something: "U.S." of "U.S. President", the
 * "Federal Reserve" of "Federal Reserve Chair Jerome Powell"; not "Finance" or "Prime".
 */
const titlePrefix = (text: string, words: readonly Word[]): Candidate | undefined => {
  if (words.length === 0) return undefined;
  const entry = gazetteerEntry(text, words);
  if (entry) return { ...span(words), type: entry.type, strength: 3 };
  if (words.some((word) => getLexicon().orgWords.has(word.lower))) {
    return { ...span(words), type: 'organization', strength: 3 };
  }
  return undefined;
};

/** A whole run that a gazetteer or compromise's lexicon knows ("General Motors", "South Korea"). */
const classifyWhole = (text: string, run: readonly Word[]): Candidate | undefined => {
  const entry = gazetteerEntry(text, run);
  if (entry) return { ...span(run), type: entry.type, strength: 3 };
  const tags = getLexicon().tagsOf(surfaceOf(text, run).toLowerCase());
  if (run.length > 1 && tags.includes('Person'))
    return { ...span(run), type: 'person', strength: 3 };
  return undefined;
};
