import type { Span } from '../../../shared/span';
import type { LexicalEditor } from 'lexical';
import { $pointFromOffset, type TextLayout, type TextPoint } from '../reader/offsets';

/**
 * Entity mentions as DOM Ranges over the reader's text, for the CSS Custom Highlight API: the
 * marks are painted by the browser and the Lexical tree is never touched (DESIGN.md
 * § Annotations). Offsets go through reader/offsets.ts, the one mapping to Lexical points; the
 * editor then gives each point's DOM element.
 */

/** The DOM text node a Lexical text node renders to (its first, for a plain node its only). */
const textNodeIn = (element: HTMLElement): Text | null => {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  return node instanceof Text ? node : null;
};

const domPoint = (
  editor: LexicalEditor,
  point: TextPoint,
): { node: Text; offset: number } | null => {
  if (point.type !== 'text') return null;
  const element = editor.getElementByKey(point.key);
  const node = element && textNodeIn(element);
  return node ? { node, offset: Math.min(point.offset, node.length) } : null;
};

/** The DOM Range of one canonical range, or null where it is not drawn. Runs in editor.read. */
export const $domRangeOf = (
  editor: LexicalEditor,
  range: Span,
  layout: TextLayout,
): Range | null => {
  const start = domPoint(editor, $pointFromOffset(range.start, layout));
  const end = domPoint(editor, $pointFromOffset(range.end, layout));
  if (!start || !end) return null;
  const dom = start.node.ownerDocument.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom.collapsed ? null : dom;
};

/** Whether this browser paints CSS Custom Highlights; without them mentions are not marked. */
export const canPaintHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export const entityHighlight = 'gloss-entity';
export const currentHighlight = 'gloss-entity-current';

/** Paints every mention of the selected entity; an empty list takes the paint away. */
export const paintMentions = (ranges: readonly Range[]): void => {
  if (!canPaintHighlights()) return;
  if (ranges.length === 0) CSS.highlights.delete(entityHighlight);
  else CSS.highlights.set(entityHighlight, new Highlight(...ranges));
};

/** Paints the current mention over the others; null takes it away. */
export const paintCurrent = (range: Range | null): void => {
  if (!canPaintHighlights()) return;
  if (range === null) {
    CSS.highlights.delete(currentHighlight);
    return;
  }
  const marked = new Highlight(range);
  marked.priority = 1;
  CSS.highlights.set(currentHighlight, marked);
};

/** The nearest ancestor that scrolls vertically: the reader, or the workspace when stacked. */
const scrollerOf = (element: HTMLElement): HTMLElement | null => {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) {
      return node;
    }
  }
  return null;
};

/** Scrolls the mention to the middle of its scroller; a Range cannot scrollIntoView itself. */
export const scrollToRange = (root: HTMLElement, range: Range, smooth: boolean): void => {
  const scroller = scrollerOf(root);
  const box = range.getBoundingClientRect();
  if (!scroller) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return;
  }
  const view = scroller.getBoundingClientRect();
  const top = box.top + box.height / 2 - (view.top + view.height / 2);
  scroller.scrollBy({ top, behavior: smooth ? 'smooth' : 'auto' });
};
