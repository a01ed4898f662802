import type { Highlight } from '../../shared/annotations';
// Straight from their files: the anchoring index is shared with the renderer, which has no use
// for the diff engine.
import { followRanges } from '../../shared/anchoring/followEdit';
import { createInsertedSearch } from '../../shared/anchoring/searchInserted';
import type { Span } from '../../shared/span';
import { computeTextEdit } from '../../shared/anchoring/textEdit';
import { placementOf } from '../annotations/ranges';

/**
 * What became of one highlight in a new version of its text. kept: its words are all there and
 * it is on them. followed: its passage moved and the quote search found it verbatim. edited: some
 * of its words changed and it follows the rest (its old quote is kept for the user to compare).
 * orphaned: its words are gone.
 */
export type FollowVerdict = 'kept' | 'followed' | 'edited' | 'orphaned';

export interface Landing {
  verdict: FollowVerdict;
  before: Highlight;
  after: Highlight;
}

const placed = (
  body: string,
  highlight: Highlight,
  start: number,
  end: number,
  status: Highlight['status'],
): Highlight => ({ ...highlight, ...placementOf(body, start, end), status });

/** Where the quote search put a highlight the edit could not follow. */
const searched = (body: string, before: Highlight, found: Span | null): Landing => {
  if (!found) return { verdict: 'orphaned', before, after: { ...before, status: 'orphaned' } };
  const unmoved = found.start === before.start && found.end === before.end;
  const after = placed(body, before, found.start, found.end, unmoved ? 'anchored' : 'moved');
  const verbatim = after.quote.exact === before.quote.exact;
  return {
    verdict: verbatim ? 'followed' : 'edited',
    before,
    after: verbatim ? after : { ...after, editedFrom: before.editedFrom ?? before.quote.exact },
  };
};

/**
 * Carries every highlight of a document from `oldBody` to `newBody` (pure: nothing is stored).
 * The edit between the two texts places every highlight whose words it kept, exactly, even where
 * the same words occur elsewhere; the quote-and-context search looks for the rest (moved
 * passages) and for highlights that were already orphans, in the text the edit inserted.
 */
export const followHighlights = (
  oldBody: string,
  newBody: string,
  highlights: readonly Highlight[],
): Landing[] => {
  const edit = computeTextEdit(oldBody, newBody);
  const placedOnOld = highlights.filter((highlight) => highlight.status !== 'orphaned');
  const followed = followRanges(edit, oldBody, newBody, placedOnOld);
  const byId = new Map<string, Landing>();
  const toSearch: Highlight[] = [];
  placedOnOld.forEach((before, index) => {
    const result = followed[index];
    if (!result || result.kind === 'lost') {
      toSearch.push(before);
      return;
    }
    const status = result.start === before.start ? 'anchored' : 'moved';
    const after = placed(newBody, before, result.start, result.end, status);
    byId.set(
      before.id,
      result.kind === 'kept'
        ? { verdict: 'kept', before, after }
        : {
            verdict: 'edited',
            before,
            after: {
              ...after,
              status: 'moved',
              editedFrom: before.editedFrom ?? before.quote.exact,
            },
          },
    );
  });
  for (const before of highlights) {
    if (before.status === 'orphaned') toSearch.push(before);
  }
  const longestQuote = toSearch.reduce(
    (longest, { quote }) => Math.max(longest, quote.exact.length),
    0,
  );
  const search = createInsertedSearch(newBody, edit, longestQuote);
  for (const before of toSearch) {
    const found = search(before.quote, before.start);
    byId.set(before.id, searched(newBody, before, found));
  }
  return highlights.map((highlight) => {
    const landing = byId.get(highlight.id);
    if (!landing) throw new Error(`No landing for highlight ${highlight.id}`);
    return landing;
  });
};
