/**
 * DOM-side decorations of highlight marks: which highlight is selected, and the flash that
 * shows where a revealed highlight is. They change often and mean nothing to the text, so they
 * are attributes set on the rendered marks rather than Lexical state (DESIGN.md § Annotations:
 * transient decorations never rebuild the tree).
 */

/** Every rendered segment of one highlight, in document order. */
export const marksOf = (root: ParentNode, id: string): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`mark[data-highlight-ids~="${CSS.escape(id)}"]`),
];

/** The ids a segment carries, innermost first. */
export const idsOfMark = (mark: Element): string[] =>
  (mark.getAttribute('data-highlight-ids') ?? '').split(' ').filter(Boolean);

/** Puts the ring on one segment if it belongs to the selected highlight, takes it off if not. */
export const markSelected = (mark: HTMLElement, id: string | null): void => {
  if (id !== null && idsOfMark(mark).includes(id)) {
    mark.setAttribute('data-selected', 'true');
    mark.setAttribute('aria-current', 'true');
  } else if (mark.hasAttribute('data-selected')) {
    mark.removeAttribute('data-selected');
    mark.removeAttribute('aria-current');
  }
};

/** Puts the selection ring (and aria-current) on the selected highlight's segments only. */
export const showSelected = (root: ParentNode, id: string | null): void => {
  for (const mark of root.querySelectorAll('mark[data-selected]')) {
    mark.removeAttribute('data-selected');
    mark.removeAttribute('aria-current');
  }
  if (id === null) return;
  for (const mark of marksOf(root, id)) {
    mark.setAttribute('data-selected', 'true');
    mark.setAttribute('aria-current', 'true');
  }
};

const flashMs = 1600;

/**
 * Scrolls a highlight into view and flashes it (reader/highlights.css animates `data-flash`,
 * or holds it still for readers who prefer reduced motion). Returns false if it is not drawn.
 */
export const revealHighlight = (root: ParentNode, id: string, reducedMotion: boolean): boolean => {
  const marks = marksOf(root, id);
  const first = marks[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
  for (const mark of marks) {
    mark.removeAttribute('data-flash');
    // Reading layout restarts the animation when the same highlight is revealed twice.
    void mark.offsetWidth;
    mark.setAttribute('data-flash', 'true');
  }
  window.setTimeout(() => {
    for (const mark of marks) mark.removeAttribute('data-flash');
  }, flashMs);
  return true;
};
