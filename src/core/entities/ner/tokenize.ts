/**
 * Tokenizer and sentence splitter for the name tagger. Tokens follow the CoNLL-2003 conventions
 * the model was trained on (possessive "'s" and "n't" split off, hyphenated words kept whole,
 * "U.S." one token), and each keeps its UTF-16 offsets into the original text.
 */

export interface Token {
  /** The text as it appears in the source: `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** A sentence as a half-open range of token indices. */
export interface SentenceRange {
  first: number;
  end: number;
}

/** Abbreviations that keep their full stop (lowercase, without the stop). */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev hon pres supt insp ' +
    'det st mt ft jr sr inc corp co ltd plc bros dept univ assn vs etc approx jan feb mar apr jun ' +
    'jul aug sep sept oct nov dec tue tues thu thur thurs ave blvd rd calif fla penn tex ariz ' +
    'conn mich minn okla tenn wis colo kan neb nev vt ala ark messrs mme mlle'
  ).split(' '),
);

/** Abbreviations only before a number ("No. 5", "Vol. 2"): "no." ends many a sentence. */
const numberAbbreviations = new Set(['no', 'vol', 'pp', 'fig', 'ch', 'op', 'art']);

/** Abbreviations that come before a name, so a capital after them never starts a sentence. */
const titles = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev hon pres supt insp ' +
    'det st mt ft messrs mme mlle no vs jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Words that, capitalised after an abbreviation such as "U.S.", begin a new sentence. */
const sentenceStarters = new Set(
  (
    'the a an he she it they we i you but and in on at this that these those there his her its ' +
    'their our if when while after before as for so yet however meanwhile also some'
  ).split(' '),
);

/** ASCII character classes (1 letter, 2 digit, 4 space), so the common case needs no regex. */
const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  ascii[c] = /[A-Za-z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : /\s/.test(ch) ? 4 : 0;
}
const classOf = (ch: string, regex: RegExp, bit: number): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return ((ascii[c] ?? 0) & bit) !== 0;
  return regex.test(ch);
};
const letterRegex = /\p{L}|\p{M}/u;
const digitRegex = /\p{Nd}/u;
const spaceRegex = /\s/u;
const isLetter = (ch: string): boolean => ch !== '' && classOf(ch, letterRegex, 1);
const isDigit = (ch: string): boolean => ch !== '' && classOf(ch, digitRegex, 2);
const isWordChar = (ch: string): boolean => isLetter(ch) || isDigit(ch);
const isApostrophe = (ch: string): boolean => ch === "'" || ch === '\u2019' || ch === '\u02bc';
const isHyphen = (ch: string): boolean => ch === '-' || ch === '\u2010' || ch === '\u2011';
const isSpace = (ch: string): boolean => ch !== '' && classOf(ch, spaceRegex, 4);
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** The character at `index` as a full code point string ("" past the end). */
const charAt = (text: string, index: number): string => {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return text[index] ?? '';
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
};

/** End of a run of word characters starting at `index`. */
const wordRunEnd = (text: string, index: number): number => {
  let i = index;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (!isWordChar(ch)) break;
    i += ch.length;
  }
  return i;
};

/** "U.S.", "U.S.A.", "e.g.": single letters each followed by a stop, at least two of them. */
const dottedAbbreviationEnd = (text: string, start: number): number => {
  let i = start;
  let letters = 0;
  for (;;) {
    const ch = charAt(text, i);
    if (!isLetter(ch) || text[i + ch.length] !== '.') break;
    i += ch.length + 1;
    letters += 1;
  }
  return letters >= 2 ? i : start;
};

/**
 * Numbers: "1,470,000", "8.3", "10:30", dates and scores as CoNLL keeps them ("1996-08-30",
 * "2-1"), compounds ("20-year-old"), and a list number at the start of a line ("3. Jones").
 */
const numberEnd = (text: string, start: number): number => {
  let i = wordRunEnd(text, start);
  for (;;) {
    const sep = text[i] || ' ';
    const next = charAt(text, i + 1);
    if (',.:-/'.includes(sep) && isDigit(next)) i = wordRunEnd(text, i + 1);
    else if (isHyphen(sep) && isLetter(next)) i = wordRunEnd(text, i + 1);
    else break;
  }
  if (
    text[i] === '.' &&
    i - start <= 2 &&
    /^\s/u.test(text[i + 1] ?? '\n') &&
    lineStart(text, start)
  ) {
    return i + 1;
  }
  return i;
};

/** Nothing but spaces between the line's start and `index`. */
const lineStart = (text: string, index: number): boolean => {
  for (let i = index - 1; i >= 0; i -= 1) {
    if (text[i] === '\n') return true;
    if (!isSpace(text[i] ?? '')) return false;
  }
  return true;
};

/** Lowercase prefixes split from a name after them: "then-President", "anti-Trump". */
const namePrefixes = new Set(
  'then anti pro ex non post pre mid neo pan ultra semi quasi pseudo counter'.split(' '),
);

/** The clitic that follows a word at `index` ("'s", "'ll", "'re"), or 0. */
const cliticLength = (text: string, index: number): number => {
  if (!isApostrophe(text[index] ?? '')) return 0;
  const rest = /^(s|m|d|ll|re|ve)(?![\p{L}\p{Nd}])/iu.exec(text.slice(index + 1, index + 4));
  return rest ? 1 + (rest[1]?.length ?? 0) : 0;
};

/** True when "'t" follows at `index` as in "don't". */
const negationAt = (text: string, index: number): boolean =>
  isApostrophe(text[index] ?? '') && /^t(?![\p{L}\p{Nd}])/iu.test(text.slice(index + 1, index + 3));

/** Scans one word-like token from `start` (a word character) and returns its end. */
const wordEnd = (text: string, start: number): number => {
  if (isDigit(charAt(text, start))) return numberEnd(text, start);
  // Currencies written with a country letter: "C$", "US$", "A$".
  const currency = /^[A-Z]{1,2}\$/u.exec(text.slice(start, start + 3));
  if (currency) return start + currency[0].length;
  const dotted = dottedAbbreviationEnd(text, start);
  if (dotted > start) return dotted;
  let end = wordRunEnd(text, start);
  for (;;) {
    const sep = text[end] ?? '';
    const next = charAt(text, end + 1);
    if (isHyphen(sep) && isWordChar(next)) {
      // "then-President", "anti-Trump": the name after such a prefix is a token of its own, while
      // "Chester-le-Street" and "al-Aqsa" stay whole as CoNLL has them.
      if (namePrefixes.has(text.slice(start, end)) && isUpper(next)) break;
      end = wordRunEnd(text, end + 1);
    } else if (isApostrophe(sep) && isLetter(next) && cliticLength(text, end) === 0) {
      // "O'Neill", "D'Alema" stay whole; "don't" is split below.
      if (negationAt(text, end)) break;
      end = wordRunEnd(text, end + 1);
    } else break;
  }
  // "don't" -> "do" + "n't", as in the Penn Treebank and CoNLL.
  if (negationAt(text, end) && end - 1 > start && /n/iu.test(text[end - 1] ?? '')) return end - 1;
  const word = text.slice(start, end).toLowerCase();
  if (text[end] !== '.') return end;
  if (abbreviations.has(word) || (word.length === 1 && isLetter(word))) return end + 1;
  if (numberAbbreviations.has(word) && /^\.\s?\d/u.test(text.slice(end, end + 3))) return end + 1;
  return end;
};

/** Scans a token starting at `start` (not a space) and returns its end. */
const tokenEnd = (text: string, start: number): number => {
  const ch = charAt(text, start);
  if (/n/iu.test(ch) && negationAt(text, start + 1)) return start + 3;
  if (isWordChar(ch)) return wordEnd(text, start);
  const spaced = start === 0 || isSpace(text[start - 1] ?? '');
  // ".496" (a batting average), "+48" (a dialling code or a margin)
  if (spaced && (ch === '.' || ch === '+') && isDigit(charAt(text, start + 1))) {
    return numberEnd(text, start + 1);
  }
  // A clitic even after a space ("Lord 's" in pre-tokenized text): "'s" alone is no quotation.
  if (cliticLength(text, start) > 0) return start + cliticLength(text, start);
  if ((ch === '@' || ch === '#') && isWordChar(charAt(text, start + 1))) {
    return wordRunEnd(text, start + 1);
  }
  // Runs of the same punctuation ("...", "--", "!!") are one token.
  let end = start + ch.length;
  if (/[.\-!?*=_~]/u.test(ch)) while (text[end] === ch) end += 1;
  return end;
};

/** Splits `text` into tokens with their UTF-16 offsets. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    const end = Math.max(tokenEnd(text, i), i + ch.length);
    tokens.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
};

const closers = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '}', '\u00bb']);

/** True when the token ends a sentence, given the token after it. */
const endsSentence = (token: Token, next: Token | undefined): boolean => {
  const text = token.text;
  if (/^[.!?\u2026]+$/u.test(text) || text === '...') return true;
  if (!text.endsWith('.') || text.length < 2 || next === undefined) return false;
  const word = text.slice(0, -1).toLowerCase();
  if (titles.has(word) || /^\p{L}$/u.test(word)) return false;
  return isUpper(next.text[0] ?? '') && sentenceStarters.has(next.text.toLowerCase());
};

/**
 * Groups tokens into sentences: after a full stop, question or exclamation mark (and any closing
 * quotes or brackets), and at every line break, since headlines and paragraphs sit on lines of
 * their own.
 */
export const splitSentences = (text: string, tokens: readonly Token[]): SentenceRange[] => {
  const sentences: SentenceRange[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    let boundary = next === undefined || text.slice(token.end, next.start).includes('\n');
    if (!boundary && endsSentence(token, next)) {
      let j = i;
      while (tokens[j + 1] !== undefined && closers.has(tokens[j + 1]?.text ?? '')) j += 1;
      const after = tokens[j + 1];
      if (after === undefined || text.slice(tokens[j]?.end ?? 0, after.start).includes('\n')) {
        i = j;
        boundary = true;
      } else {
        const ch = after.text[0] ?? '';
        if (isUpper(ch) || isDigit(ch) || /["'\u201c\u2018(]/u.test(ch) || token.text.length > 1) {
          i = j;
          boundary = true;
        }
      }
    }
    if (boundary) {
      sentences.push({ first, end: i + 1 });
      first = i + 1;
    }
  }
  return sentences;
};
