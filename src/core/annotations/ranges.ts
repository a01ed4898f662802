import type { Highlight } from '../../shared/annotations';
import { describeRange } from '../../shared/anchoring';
import { splitsSurrogatePair } from '../../shared/anchoring/surrogates';
import { GlossError } from '../../shared/result';

/** Where a highlight sits: its position and its W3C quote selector. */
export type Placement = Pick<Highlight, 'start' | 'end' | 'quote'>;

const invalid = (message: string): GlossError => new GlossError('invalid_input', message);

/** The stored fields for text[start, end) of `body`, with fresh quote context. */
export const placementOf = (body: string, start: number, end: number): Placement => {
  const { quote } = describeRange(body, start, end);
  return { start, end, quote };
};

/**
 * Checks a range the user chose against the current text of the document and describes it.
 * A range may cross block separators; it may not be empty, run past the text, cut a character
 * made of two UTF-16 units (an emoji) in half, or hold nothing but whitespace.
 */
export const placeUserRange = (body: string, start: number, end: number): Placement => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end) {
    throw invalid('Select some text first: the range is empty.');
  }
  if (end > body.length) {
    throw invalid(
      `The range ${start}-${end} runs past the end of the text (${body.length} characters). ` +
        'The document may have changed: reopen it and select again.',
    );
  }
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
    throw invalid(
      'The range cuts a character (such as an emoji) in half: select whole characters.',
    );
  }
  const placement = placementOf(body, start, end);
  if (placement.quote.exact.trim() === '') {
    throw invalid('The selection holds only spaces or line breaks: select some words.');
  }
  return placement;
};

/** Tags as the user typed them, without repeats. */
export const uniqueTags = (tags: readonly string[]): string[] => [...new Set(tags)];
