import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { Block } from '../../../shared/model';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { $domRangeOf, scrollToRange } from '../entities/entityRanges';
import { $textLayout } from '../reader/offsets';
import { useSearchHit } from './SearchHitContext';
import { paintSearchHit } from './searchHitPaint';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What testers read off the article element: the marked range, "start-end" (AUTOMATION.md). */
const hitAttribute = 'data-search-hit';

interface SearchHitPluginProps {
  documentId: string;
  blocks: readonly Block[];
}

/**
 * Marks the chosen search result in the reader with the CSS Custom Highlight API (the Lexical
 * tree is never touched), scrolls it into view once per choice, and selects the highlight a
 * highlight or note hit belongs to. Repainted after every editor update: a redrawn block has
 * new text nodes.
 */
export function SearchHitPlugin({ documentId, blocks }: SearchHitPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const { chosen } = useSearchHit();
  const { highlights, select } = useAnnotationsContext();
  const lengths = useMemo(() => blocks.map((block) => block.text.length), [blocks]);
  const textLength = lengths.reduce((sum, length) => sum + length + 2, -2);
  const mine = chosen?.documentId === documentId ? chosen : null;
  const start = mine?.hit.start ?? null;
  const end = mine?.hit.end ?? null;
  const serial = mine?.serial ?? 0;
  // The serial of the last choice scrolled to: each choice scrolls once, when first drawn.
  const scrolledFor = useRef(0);

  const paint = useCallback(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    // A hit from before the text was replaced may lie past its end: nothing to mark then.
    if (start === null || end === null || end > textLength) {
      paintSearchHit(null);
      root.removeAttribute(hitAttribute);
      return;
    }
    const range = editor.read(() => $domRangeOf(editor, { start, end }, $textLayout(lengths)));
    paintSearchHit(range);
    root.setAttribute(hitAttribute, `${start}-${end}`);
    if (range !== null && scrolledFor.current !== serial) {
      scrolledFor.current = serial;
      scrollToRange(root, range, !reducedMotion());
    }
  }, [editor, lengths, textLength, start, end, serial]);

  const latestPaint = useRef(paint);
  useLayoutEffect(() => {
    latestPaint.current = paint;
  });

  useEffect(() => {
    paint();
  }, [paint]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => latestPaint.current()),
        editor.registerRootListener(() => latestPaint.current()),
      ),
    [editor],
  );

  // The hit's highlight becomes the selected one (its note shows in the Notes panel).
  const highlightId = mine?.hit.highlightId ?? null;
  const selectedFor = useRef(0);
  useEffect(() => {
    if (highlightId === null || selectedFor.current === serial) return;
    if (!highlights.some((highlight) => highlight.id === highlightId)) return;
    selectedFor.current = serial;
    select(highlightId, 'notes');
  }, [highlightId, serial, highlights, select]);

  // The mark belongs to this reader: gone with it.
  useEffect(
    () => () => {
      paintSearchHit(null);
      editor.getRootElement()?.removeAttribute(hitAttribute);
    },
    [editor],
  );

  return null;
}
