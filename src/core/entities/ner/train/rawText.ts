/**
 * Development sets as running text: tokens joined by spaces, sentences by line breaks. Taggers
 * that read raw text (compromise, and ours through its own tokenizer) are scored on character
 * spans, so tokenization differences count against them as they would in the app.
 */
import { type GoldDocument } from './corpus';
import { type TypedSpan } from './evaluate';

export interface RawDocument {
  text: string;
  gold: TypedSpan[];
}

export const toRawDocument = (document: GoldDocument): RawDocument => {
  let text = '';
  const gold: TypedSpan[] = [];
  for (const sentence of document) {
    if (text.length > 0) text += '\n';
    const starts: number[] = [];
    const ends: number[] = [];
    sentence.tokens.forEach((token, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += token;
      ends.push(text.length);
    });
    for (const span of sentence.spans) {
      gold.push({ start: starts[span.first] ?? 0, end: ends[span.end - 1] ?? 0, type: span.type });
    }
  }
  return { text, gold };
};
