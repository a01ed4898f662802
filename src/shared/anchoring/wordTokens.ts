/**
 * Cuts text into what a word diff compares: words (letters, digits and `_`), runs of white space,
 * and single other characters, as `/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu` would. A loop over
 * char codes with an ASCII fast path: the regular expression's match objects cost about three
 * times as much, and a text update tokenizes every changed paragraph of both versions.
 */

const enum Kind {
  Word,
  Space,
  Other,
}

const wordPattern = /^[\p{L}\p{N}_]$/u;
const spacePattern = /^\s$/u;

const kindOfAscii = (code: number): Kind => {
  if (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  ) {
    return Kind.Word;
  }
  // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
  return (code >= 9 && code <= 13) || code === 32 ? Kind.Space : Kind.Other;
};

const kindOf = (character: string, code: number): Kind => {
  if (code < 128) return kindOfAscii(code);
  if (wordPattern.test(character)) return Kind.Word;
  return spacePattern.test(character) ? Kind.Space : Kind.Other;
};

/** The tokens of text[from, to), pushed onto `texts` with their offsets in the whole text. */
export const pushWordTokens = (
  text: string,
  from: number,
  to: number,
  texts: string[],
  starts: number[],
): void => {
  let tokenStart = from;
  let tokenKind: Kind | null = null;
  for (let at = from; at < to;) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const kind = code < 128 ? kindOfAscii(code) : kindOf(text.slice(at, at + width), code);
    // Words and white space run on; every other character is a token of its own.
    if (kind !== tokenKind || kind === Kind.Other) {
      if (tokenKind !== null) {
        texts.push(text.slice(tokenStart, at));
        starts.push(tokenStart);
      }
      tokenStart = at;
      tokenKind = kind;
    }
    at += width;
  }
  if (tokenKind !== null) {
    texts.push(text.slice(tokenStart, to));
    starts.push(tokenStart);
  }
};
