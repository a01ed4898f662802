import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Span } from '../../../shared/span';
import type { Block } from '../../../shared/model';
import { documentText } from './documentText';
import {
  $layoutHolds,
  $rangeFromDomSelection,
  $textLayout,
  trimRange,
  type TextLayout,
} from './offsets';

/** A text selection in the article: its canonical range and where it is on screen. */
export interface ReaderSelection {
  range: Span;
  /** The selection's bounding box in viewport coordinates. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/** The part of a DOM range inside the article, so a drag that ran off it is boxed correctly. */
const clippedTo = (range: Range, root: HTMLElement): Range => {
  const clipped = range.cloneRange();
  const whole = root.ownerDocument.createRange();
  whole.selectNodeContents(root);
  if (clipped.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
    clipped.setStart(whole.startContainer, whole.startOffset);
  }
  if (clipped.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
    clipped.setEnd(whole.endContainer, whole.endOffset);
  }
  return clipped;
};

const sameSelection = (a: ReaderSelection | null, b: ReaderSelection | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.range.start === b.range.start &&
    a.range.end === b.range.end &&
    a.rect.top === b.rect.top &&
    a.rect.left === b.rect.left &&
    a.rect.right === b.rect.right &&
    a.rect.bottom === b.rect.bottom);

/**
 * Follows the document's text selection while it lies in the article. Mouse drags report only
 * once the button is released, so the toolbar does not chase the pointer; keyboard and
 * double-click selections report at once. `readRange()` gives the range now, for key handlers.
 */
export const useReaderSelection = (editor: LexicalEditor, blocks: readonly Block[]) => {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const dragging = useRef(false);
  // Set when Gloss itself empties the selection: the next read can only find nothing.
  const cleared = useRef(false);

  const lengths = useMemo(() => blocks.map((block) => block.text.length), [blocks]);
  // The layout walks every block (tens of milliseconds on 1 MB): read it once per rendered text
  // and keep it while highlights are added, not again after every new mark.
  const layoutRef = useRef<{ lengths: readonly number[]; layout: TextLayout } | null>(null);

  /** The selected range, trimmed; no layout is read, so key handlers stay fast. */
  const readRange = useCallback((): Span | null => {
    const root = editor.getRootElement();
    const dom = window.getSelection();
    // rangeCount first: after the selection is cleared it answers without isCollapsed, which
    // makes Chromium bring style and layout up to date (tens of ms on a 1 MB article).
    if (!root || !dom || dom.rangeCount === 0 || dom.isCollapsed) return null;
    const { anchorNode, focusNode } = dom;
    if (!anchorNode || !focusNode) return null;
    if (!root.contains(anchorNode) && !root.contains(focusNode)) return null;
    const raw = editor.read(() => {
      const cached = layoutRef.current;
      let layout = cached?.lengths === lengths ? cached.layout : null;
      if (!layout || !$layoutHolds(layout)) {
        layout = $textLayout(lengths);
        layoutRef.current = { lengths, layout };
      }
      return $rangeFromDomSelection(editor, dom, layout);
    });
    // The text is joined on the first selection, not before the first page (a book's is
    // megabytes); documentText keeps it for the next.
    return raw && trimRange(documentText(blocks), raw);
  }, [editor, lengths, blocks]);

  const read = useCallback((): ReaderSelection | null => {
    const range = readRange();
    const root = editor.getRootElement();
    const dom = window.getSelection();
    if (!range || !root || !dom) return null;
    const box = clippedTo(dom.getRangeAt(0), root).getBoundingClientRect();
    return { range, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
  }, [editor, readRange]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Reading the selection makes Chromium bring layout up to date, tens of milliseconds on a
        // 1 MB article: after our own clear it is skipped, so a new highlight paints sooner.
        const next = dragging.current || cleared.current ? null : read();
        cleared.current = false;
        setSelection((last) => (sameSelection(last, next) ? last : next));
      });
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      const root = editor.getRootElement();
      dragging.current =
        root !== null && event.target instanceof Node && root.contains(event.target);
      if (dragging.current) update();
    };
    const onPointerUp = () => {
      if (!dragging.current) return;
      dragging.current = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointerup', onPointerUp, true);
    // The toolbar follows the text when the reader scrolls or the window changes size.
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [editor, read]);

  /** Empties the selection and hides what follows it, without reading it back. */
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    cleared.current = true;
    setSelection(null);
  }, []);

  return { selection, readRange, clear };
};
