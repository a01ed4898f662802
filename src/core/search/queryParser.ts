/**
 * What the user types in the search box, turned into terms that SQLite FTS5 and the offset
 * finder (textMatch.ts) read the same way.
 *
 * Syntax: words (all must match), "quoted phrases", and `word*` for a prefix. While typing, the
 * last word is a prefix too unless a space follows it, so results show up word by word
 * ("trad" finds "trade"; "trad " finds only "trad"), once it has `minTypedPrefix` characters:
 * "th" would match most of a library, slowly, when the user has only started a word ("th*"
 * still asks for it). An unclosed quote is a phrase up to the end
 * of the input, its last word a prefix. Everything else (AND, OR, NOT, NEAR, brackets, colons,
 * stray quotes or stars) is plain text: punctuation separates words and operators are words, so
 * no input can make FTS5 raise a syntax error.
 */

/** One term: a word (one token) or a phrase (several), its last token possibly a prefix. */
export interface SearchTerm {
  tokens: string[];
  prefix: boolean;
}

/** At most this many terms are searched; a longer query is cut (each term costs an FTS lookup). */
export const maxTerms = 12;

/** The shortest last word that is taken as a prefix without a star. */
export const minTypedPrefix = 3;

/**
 * A token as FTS5's unicode61 tokenizer sees it: letters, numbers and private-use characters,
 * and combining marks (remove_diacritics drops them, so a token of marks alone is left out).
 */
export const tokenPattern = /\p{M}*[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;

export const tokensOf = (text: string): string[] => text.match(tokenPattern) ?? [];

interface Chunk {
  text: string;
  quoted: boolean;
  /** A closing quote or a space follows it: the user has finished typing it. */
  closed: boolean;
}

/** Splits the input into quoted phrases and space-separated words, in order. */
const chunksOf = (input: string): Chunk[] => {
  const chunks: Chunk[] = [];
  const pattern = /"([^"]*)("?)|([^\s"]+)(\s?)/g;
  for (const match of input.matchAll(pattern)) {
    const [, phrase, closingQuote, word, space] = match;
    if (phrase !== undefined)
      chunks.push({ text: phrase, quoted: true, closed: closingQuote === '"' });
    else if (word !== undefined) chunks.push({ text: word, quoted: false, closed: space !== '' });
  }
  return chunks;
};

/** The search terms of an input; none for an empty or punctuation-only input. */
export const parseQuery = (input: string): SearchTerm[] => {
  const chunks = chunksOf(input);
  const terms: SearchTerm[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const tokens = tokensOf(chunk.text);
    if (tokens.length === 0) continue;
    const isLast = index === chunks.length - 1;
    const starred = !chunk.quoted && /[\p{L}\p{N}\p{Co}\p{M}]\*+$/u.test(chunk.text);
    const typing = isLast && !chunk.closed && (tokens.at(-1)?.length ?? 0) >= minTypedPrefix;
    terms.push({ tokens, prefix: starred || typing });
  }
  return terms.slice(0, maxTerms);
};

/**
 * The FTS5 MATCH expression of the terms (all of them must match), or null when there is
 * nothing to search. Every term is a quoted string of whole tokens, so FTS5 reads no operator.
 */
export const toFtsQuery = (terms: readonly SearchTerm[]): string | null => {
  if (terms.length === 0) return null;
  return terms.map(({ tokens, prefix }) => `"${tokens.join(' ')}"${prefix ? ' *' : ''}`).join(' ');
};
