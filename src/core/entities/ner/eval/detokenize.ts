/**
 * Development sets rebuilt as text the way it is written ("Japan, Syria (Sweden)", not
 * "Japan , Syria ( Sweden )"), with the character offsets of every gold span, so the product
 * path can be scored on what a user would paste in.
 */
import { type GoldDocument } from '../train/corpus';
import { type TypedSpan } from '../train/evaluate';

export interface PlainDocument {
  text: string;
  gold: TypedSpan[];
}

/** Tokens written against the word before them. */
const attachLeft =
  /^(?:[.,;:!?%)\]}]|\.\.\.|['’](?:s|S|d|D|m|M|ll|re|ve|LL|RE|VE)|n['’]t|N['’]T)$/u;
/** Tokens written against the word after them. */
const attachRight = /^[([{$£€¥]$/u;
const straightQuotes = new Set(['"', "'", '`', '``', "''", '´']);

/**
 * Joins one sentence's tokens as running text and returns where each token starts and ends.
 * Straight quotes alternate opening and closing within the sentence.
 */
export const detokenizeSentence = (
  tokens: readonly string[],
): { text: string; starts: number[]; ends: number[] } => {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let openQuote = false;
  let glueNext = true;
  for (const token of tokens) {
    // "the U.S. ." is written "the U.S.": one stop serves the abbreviation and the sentence.
    if (token === '.' && text.endsWith('.')) {
      starts.push(text.length);
      ends.push(text.length);
      continue;
    }
    const isQuote = straightQuotes.has(token) || token === '“' || token === '”';
    let glue = glueNext;
    let nextGlue = false;
    if (isQuote) {
      const opening = token === '“' || (token !== '”' && !openQuote);
      if (opening) nextGlue = true;
      else glue = true;
      if (token !== '“' && token !== '”') openQuote = !openQuote;
    } else if (attachLeft.test(token)) glue = true;
    if (attachRight.test(token)) nextGlue = true;
    if (!glue) text += ' ';
    starts.push(text.length);
    text += token;
    ends.push(text.length);
    glueNext = nextGlue;
  }
  return { text, starts, ends };
};

/** A document as one line per sentence, with gold spans as character offsets. */
export const toPlainDocument = (document: GoldDocument): PlainDocument => {
  let text = '';
  const gold: TypedSpan[] = [];
  for (const sentence of document) {
    if (text.length > 0) text += '\n';
    const offset = text.length;
    const line = detokenizeSentence(sentence.tokens);
    text += line.text;
    for (const span of sentence.spans) {
      gold.push({
        start: offset + (line.starts[span.first] ?? 0),
        end: offset + (line.ends[span.end - 1] ?? 0),
        type: span.type,
      });
    }
  }
  return { text, gold };
};
