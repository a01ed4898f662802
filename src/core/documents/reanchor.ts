import type { Highlight, ReplaceTextReport } from '../../shared/annotations';
import { anchorAll, type AnchorResult, type RangeSelectors } from '../../shared/anchoring';
import type { HighlightsRepository } from '../annotations/repository';
import { placementOf } from '../annotations/ranges';

const selectorsOf = ({ start, end, quote }: Highlight): RangeSelectors => ({
  position: { type: 'TextPositionSelector', start, end },
  quote,
});

/**
 * Where the highlight lands on the new text. A found one gets fresh selectors (a moved or
 * edited quote, or new context around an unmoved one); an orphan keeps its old quote and
 * position, so it can be shown with its words and found again by a later version.
 */
const landed = (body: string, highlight: Highlight, result: AnchorResult): Highlight =>
  result.status === 'orphaned'
    ? { ...highlight, status: 'orphaned' }
    : { ...highlight, ...placementOf(body, result.start, result.end), status: result.status };

const sameAnchoring = (a: Highlight, b: Highlight): boolean =>
  a.start === b.start &&
  a.end === b.end &&
  a.status === b.status &&
  a.quote.exact === b.quote.exact &&
  a.quote.prefix === b.quote.prefix &&
  a.quote.suffix === b.quote.suffix;

/**
 * Re-anchors every highlight of a document onto its new text `body`, rewriting only the rows
 * that changed. Run it inside the transaction that stores the new version; nothing is dropped.
 */
export const reanchorDocument = (
  highlights: HighlightsRepository,
  documentId: string,
  body: string,
  updatedAt: string,
): ReplaceTextReport => {
  const stored = highlights.listByDocument(documentId);
  const results = anchorAll(body, stored.map(selectorsOf));
  const report: ReplaceTextReport = { anchored: 0, moved: 0, orphaned: 0 };
  stored.forEach((highlight, index) => {
    const result: AnchorResult = results[index] ?? { status: 'orphaned' };
    report[result.status] += 1;
    const next = landed(body, highlight, result);
    if (!sameAnchoring(highlight, next)) highlights.update({ ...next, updatedAt });
  });
  return report;
};
