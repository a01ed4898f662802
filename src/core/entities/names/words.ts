import type { Compromise } from '../nlp';
import { isCommonWord } from '../lexicon';

/** A word of the text as the name finder sees it: compromise's terms, hyphenated ones joined. */
export interface Word {
  /** UTF-16 offsets of the part that can be a name: "Trump" of "Trump’s", "Biden" of "then-Biden". */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** compromise's tags for the word in its sentence. */
  tags: ReadonlySet<string>;
  capitalised: boolean;
  /** Starts a sentence, a line, a quotation or a clause after a colon: capitalised anyway. */
  initial: boolean;
  /** In a line of title case or capitals, where a capital letter says nothing. */
  headline: boolean;
  /** In a line written in capitals, where "SOCCER" is no acronym. */
  shouting: boolean;
  /** Punctuation or a line break between this word and the one before. */
  breakBefore: boolean;
  /** Something was cut off the end ("Trump’s" → "Trump", "U.S.-led" → "U.S."): a name ends here. */
  endsName: boolean;
}

interface Piece {
  start: number;
  end: number;
  tags: Set<string>;
  sentenceStart: boolean;
}

const hyphens = new Set(['-', '\u2010', '\u2011']);
const upperStart = /^\p{Lu}/u;
const possessiveEnd = /(?:['’]s|(?<=s)['’])$/u;
const sentenceEnd = /[.!?…]["'”’)\]]*$/u;

/** Locates compromise's terms in the text: its offsets are not needed, only its order. */
const piecesOf = (text: string, nlp: Compromise): Piece[] => {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const sentence of nlp(text).docs) {
    sentence.forEach((term, index) => {
      if (!term.text) return; // the second half of an expanded contraction
      const start = text.indexOf(term.text, cursor);
      if (start < 0 || start - cursor > term.pre.length + 64) return;
      let end = start + term.text.length;
      // compromise reads the last dot of "U.S." at a sentence's end as the full stop.
      // The same for an initial: "S. Waugh".
      if (text.charAt(end) === '.' && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(term.text)) end += 1;
      const previous = pieces.at(-1);
      if (previous && previous.end + 1 === start && hyphens.has(text.charAt(previous.end))) {
        previous.end = end;
        term.tags?.forEach((tag) => previous.tags.add(tag));
      } else {
        pieces.push({ start, end, tags: new Set(term.tags), sentenceStart: index === 0 });
      }
      cursor = end;
    });
  }
  return pieces;
};

/**
 * The part of a hyphenated word that can be a name: "President" of "then-President", "U.S." of
 * "U.S.-led", all of "Sang-mok" and "Indo-Pacific".
 */
const namePart = (raw: string): [number, number] => {
  const parts = raw.split(/([-\u2010\u2011])/u);
  if (parts.length === 1) return [0, raw.length];
  let offset = 0;
  const starts: number[] = [];
  for (const part of parts) {
    starts.push(offset);
    offset += part.length;
  }
  const words = parts
    .map((part, index) => ({ part, at: starts[index] ?? 0 }))
    .filter((_p, i) => i % 2 === 0);
  const firstCapital = words.findIndex((word) => upperStart.test(word.part));
  if (firstCapital < 0) return [0, raw.length];
  const from = words[firstCapital]?.at ?? 0;
  let to = raw.length;
  for (const word of words.slice(firstCapital + 1)) {
    if (!upperStart.test(word.part) && isCommonWord(word.part.toLowerCase())) {
      to = word.at - 1;
      break;
    }
  }
  return [from, to];
};

interface Headline {
  start: number;
  end: number;
  shouting: boolean;
}

const headlineLines = (text: string): Headline[] => {
  const ranges: Headline[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const shouting = isShouting(line);
    if (shouting || isHeadline(line)) {
      ranges.push({ start: lineStart, end: lineStart + line.length, shouting });
    }
    lineStart += line.length + 1;
  }
  return ranges;
};

/** A line in capitals: "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP." */
export const isShouting = (line: string): boolean => {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 8 && upper / letters.length >= 0.8 && /\p{L}\P{L}+\p{L}/u.test(line);
};

/**
 * A headline, a "Read More:" link or a heading: title case or capitals and no full stop. In
 * such a line "Rejects" and "Ceasefire" are capitalised without being names.
 */
export const isHeadline = (line: string): boolean => {
  const trimmed = line.trim();
  if (!trimmed || sentenceEnd.test(trimmed)) return false;
  const words = trimmed.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  const long = words.filter((word) => word.length >= 4);
  if (long.length < 2 || words.length > 25) return false;
  const capitalised = long.filter((word) => upperStart.test(word)).length;
  return capitalised / long.length >= 0.6;
};

/** The words of a text with what the name finder needs to know about each. */
export const wordsOf = (text: string, nlp: Compromise): Word[] => {
  const headlines = headlineLines(text);
  let headlineIndex = 0;
  const words: Word[] = [];
  let previousEnd = 0;
  for (const piece of piecesOf(text, nlp)) {
    const raw = text.slice(piece.start, piece.end);
    const [from, partEnd] = namePart(raw);
    let to = partEnd;
    const possessive = possessiveEnd.test(raw.slice(from, to));
    if (possessive) to = from + raw.slice(from, to).replace(possessiveEnd, '').length;
    if (to <= from) continue;
    const start = piece.start + from;
    const end = piece.start + to;
    const gap = text.slice(previousEnd, start);
    previousEnd = piece.end;
    while (headlineIndex < headlines.length && (headlines[headlineIndex]?.end ?? 0) < start) {
      headlineIndex += 1;
    }
    const candidate = headlines[headlineIndex];
    const line =
      candidate && candidate.start <= start && start < candidate.end ? candidate : undefined;
    const wordText = text.slice(start, end);
    words.push({
      start,
      end,
      text: wordText,
      lower: wordText.toLowerCase(),
      tags: piece.tags,
      capitalised: upperStart.test(wordText),
      initial: piece.sentenceStart || /[\n:“"‘—–]/u.test(gap) || words.length === 0,
      headline: line !== undefined,
      shouting: line?.shouting ?? false,
      breakBefore: /[^ \t\u00a0]/u.test(gap) || from > 0,
      endsName: to < raw.length,
    });
  }
  return words;
};
