import type { Block } from '../../../shared/model';
import { canonicalText } from '../../../shared/text';

// The renderer receives a document's blocks once and never changes them in place (a new
// version is a new array), so their canonical text can be joined once for every panel that
// needs it: a book is megabytes of text, joined again by each would cost its first page.
const joined = new WeakMap<readonly Block[], string>();

/** The canonical text of the blocks, joined once per blocks array. */
export const documentText = (blocks: readonly Block[]): string => {
  let text = joined.get(blocks);
  if (text === undefined) {
    text = canonicalText(blocks);
    joined.set(blocks, text);
  }
  return text;
};
