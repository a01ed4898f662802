import { useDeferredValue, useId, useMemo } from 'react';
import type { Block, GlossDocument } from '../../../shared/model';
import { formatDate } from '../../../shared/dates';
import { formatRelative } from '../format/relative';
import { countWords, readingMinutes } from './documentStats';

interface DocumentFactsProps {
  doc: GlossDocument;
}

const numberFormat = new Intl.NumberFormat('en');

const notCounted: readonly Block[] = [];

const formatNames = { pdf: 'PDF', epub: 'EPUB' } as const;

/** Only books say what they were: a text, Markdown or HTML import reads as what it is. */
const formatLabel = (doc: GlossDocument): string | null =>
  doc.format === 'pdf' || doc.format === 'epub' ? formatNames[doc.format] : null;

const minutesText = (minutes: number): string =>
  minutes === 0 ? 'Under a minute' : `About ${minutes} min`;

/** Facts about the open document, all taken from the document itself. */
export function DocumentFacts({ doc }: DocumentFactsProps) {
  const labelId = useId();
  // Counting a book's words takes tens of milliseconds: not on every annotation change, and
  // after the text is on screen (a render of its own), not before.
  const counted = useDeferredValue(doc.blocks, notCounted);
  const words = useMemo(() => countWords(counted), [counted]);
  const counting = counted !== doc.blocks;
  // A null value is a fact this document does not have; its row is left out.
  const facts: [term: string, value: string | null][] = [
    ['Source', doc.source],
    ['Author', doc.byline],
    ['Published', doc.publishedAt && formatDate(doc.publishedAt)],
    ['Format', formatLabel(doc)],
    ['Pages', doc.pageCount ? numberFormat.format(doc.pageCount) : null],
    ['Chapters', doc.chapterCount ? numberFormat.format(doc.chapterCount) : null],
    ['Language', doc.language ?? null],
    ['Added', formatDate(doc.addedAt)],
    // The document was fetched before this opening was recorded: this is the previous visit.
    ['Last opened', doc.openedAt ? formatRelative(doc.openedAt, formatDate) : 'First time'],
    [
      'Length',
      counting ? 'Counting…' : `${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`,
    ],
    ['Reading time', counting ? null : minutesText(readingMinutes(words))],
  ];
  return (
    <div className="panel-section" role="group" aria-labelledby={labelId}>
      <p className="pane-label" id={labelId}>
        Details
      </p>
      <dl className="facts">
        {facts.map(
          ([term, value]) =>
            value && (
              <div className="fact" key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ),
        )}
      </dl>
    </div>
  );
}
