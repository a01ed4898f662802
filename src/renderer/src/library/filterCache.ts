import type { DocumentSummary } from '../../../shared/model';
import { filterWords, matchesWords } from './libraryView';

/** Filters kept for the list: a word typed and erased again, and then some. */
const keptFilters = 24;

/**
 * The library filtered as the user types, without reading all 10,000 documents at every
 * keystroke. A filter that extends one already answered (another letter typed) can only match
 * fewer documents, so it filters that answer; a filter answered before (a letter erased) is
 * answered again at once. Kept only while the list under it (sorted, unfiltered) is the same.
 */
export const createFilterCache = () => {
  let source: readonly DocumentSummary[] | null = null;
  // Newest last, keyed by the filter as words joined by one space (and a space at the end if
  // the filter had one: "tre " asks for the word "tre" and then another, "tre" does not).
  let answers = new Map<string, readonly DocumentSummary[]>();

  /** The longest filter answered before that this one extends, and its answer. */
  const narrowest = (key: string): readonly DocumentSummary[] | null => {
    let best: { length: number; answer: readonly DocumentSummary[] } | null = null;
    for (const [answered, answer] of answers) {
      if (key.startsWith(answered) && answered.length > (best?.length ?? -1)) {
        best = { length: answered.length, answer };
      }
    }
    return best?.answer ?? null;
  };

  return {
    /** The documents of `documents` that match `filter`, in their order (see filterDocuments). */
    filtered: (
      documents: readonly DocumentSummary[],
      filter: string,
    ): readonly DocumentSummary[] => {
      const words = filterWords(filter);
      if (words.length === 0) return documents;
      if (documents !== source) {
        source = documents;
        answers = new Map();
      }
      const key = words.join(' ') + (/\s$/u.test(filter) ? ' ' : '');
      const known = answers.get(key);
      if (known) {
        answers.delete(key);
        answers.set(key, known);
        return known;
      }
      const answer = (narrowest(key) ?? documents).filter((doc) => matchesWords(doc, words));
      answers.set(key, answer);
      if (answers.size > keptFilters) {
        const oldest = answers.keys().next().value;
        if (oldest !== undefined) answers.delete(oldest);
      }
      return answer;
    },
  };
};
