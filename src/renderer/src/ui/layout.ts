/**
 * True when the panel sits beside the reader (wide windows, styles/layout.css). Stacked under
 * the article, revealing one pane scrolls the other out of view, so reveals are left to the user.
 */
export const sideBySide = (): boolean => window.matchMedia('(min-width: 901px)').matches;
