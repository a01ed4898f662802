import { $applyNodeReplacement, type EditorConfig, type LexicalNode, type NodeKey } from 'lexical';
import { MarkNode } from '@lexical/mark';
import type { HighlightColor } from '../../../shared/annotations';
import { isPendingId } from '../annotations/pending';

/**
 * One rendered segment of user highlights: a `<mark>` carrying the ids of every highlight that
 * covers it (innermost first) and the colour it shows. Testers read both from the DOM
 * (docs/AUTOMATION.md); the selection ring and the flash are DOM decorations, not node state,
 * so selecting never rebuilds the tree.
 */
export class HighlightMarkNode extends MarkNode {
  /** @internal */
  __color: HighlightColor;

  override $config() {
    return this.config('gloss-highlight', { extends: MarkNode });
  }

  constructor(ids: readonly string[] = [], color: HighlightColor = 'yellow', key?: NodeKey) {
    super(ids, key);
    this.__color = color;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__color = prevNode.__color;
  }

  getColor(): HighlightColor {
    return this.getLatest().__color;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.className = 'highlight';
    writeAttributes(element, this.__ids, this.__color);
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    super.updateDOM(prevNode, element, config);
    writeAttributes(element, this.__ids, this.__color);
    return false;
  }
}

/**
 * data-highlight-ids lists only saved highlights, so `mark[data-highlight-ids~=id]` is always a
 * saved one; data-saved is "false" while a highlight of the segment is still being saved.
 */
const writeAttributes = (element: HTMLElement, ids: readonly string[], color: HighlightColor) => {
  const saved = ids.filter((id) => !isPendingId(id));
  if (saved.length > 0) element.setAttribute('data-highlight-ids', saved.join(' '));
  else element.removeAttribute('data-highlight-ids');
  element.setAttribute('data-saved', saved.length === ids.length ? 'true' : 'false');
  element.setAttribute('data-color', color);
};

export const $createHighlightMarkNode = (
  ids: readonly string[],
  color: HighlightColor,
): HighlightMarkNode => $applyNodeReplacement(new HighlightMarkNode(ids, color));

export const $isHighlightMarkNode = (node: LexicalNode | null): node is HighlightMarkNode =>
  node instanceof HighlightMarkNode;
