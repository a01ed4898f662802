import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isListNode } from '@lexical/list';
import type { Span } from '../../../shared/span';
import { blockSeparator } from '../../../shared/text';
import { $isBlockGroupNode } from './BlockGroupNode';
import { blockAt } from './highlightSegments';

/**
 * The one mapping between canonical offsets (DESIGN.md § Text model) and the Lexical tree
 * $renderBlocks builds: block i is the i-th block element (list items flattened out of their
 * lists, blocks out of their groups) and starts at the sum of the earlier blocks' lengths plus one "\n\n" each; inside a
 * block, its text nodes, possibly wrapped in highlight marks, follow in document order.
 * Every `$` function here runs inside `editor.read` or `editor.update`.
 */

/** A Lexical point: a text node and a UTF-16 offset into it, or an element and a child index. */
export interface TextPoint {
  key: NodeKey;
  offset: number;
  type: 'text' | 'element';
}

/** A DOM selection endpoint. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** Where each block sits in the canonical text, read from the current editor state. */
export interface TextLayout {
  blocks: ElementNode[];
  starts: number[];
  sizes: number[];
  total: number;
  indexByKey: Map<NodeKey, number>;
  /** The root's children when the layout was read, to tell whether it still holds. */
  rootShape: RootShape;
}

interface RootShape {
  size: number;
  first: NodeKey | null;
  last: NodeKey | null;
}

const $rootShape = (): RootShape => {
  const root = $getRoot();
  return {
    size: root.getChildrenSize(),
    first: root.getFirstChild()?.getKey() ?? null,
    last: root.getLastChild()?.getKey() ?? null,
  };
};

/**
 * True while `layout` still describes the tree. Highlight marks come and go inside blocks and
 * keep the blocks' keys; only rendering another text replaces the blocks, and with them the
 * root's children. Checking the root's ends is enough, and costs nothing on a 1 MB text.
 */
export const $layoutHolds = (layout: TextLayout): boolean => {
  const shape = $rootShape();
  const known = layout.rootShape;
  return shape.size === known.size && shape.first === known.first && shape.last === known.last;
};

/**
 * Reads the layout from the tree. `lengths`, the blocks' text lengths when the caller has them,
 * saves measuring every block's text: in a 1 MB document that is most of the cost.
 */
export const $textLayout = (lengths?: readonly number[]): TextLayout => {
  const blocks: ElementNode[] = [];
  // Groups and lists hold blocks; everything else at their level is a block.
  const collect = (children: readonly LexicalNode[]) => {
    for (const child of children) {
      if ($isBlockGroupNode(child) || $isListNode(child)) collect(child.getChildren());
      else if ($isElementNode(child)) blocks.push(child);
    }
  };
  collect($getRoot().getChildren());
  const starts: number[] = [];
  const sizes: number[] = [];
  const indexByKey = new Map<NodeKey, number>();
  let offset = 0;
  for (const [index, block] of blocks.entries()) {
    const size = lengths?.[index] ?? block.getTextContentSize();
    starts.push(offset);
    sizes.push(size);
    indexByKey.set(block.getKey(), index);
    offset += size + blockSeparator.length;
  }
  const total = Math.max(0, offset - blockSeparator.length);
  return { blocks, starts, sizes, total, indexByKey, rootShape: $rootShape() };
};

/** The text nodes of a block, in document order, looking through marks. */
const $textNodesOf = (element: ElementNode): LexicalNode[] =>
  element.getChildren().flatMap((child) => ($isElementNode(child) ? $textNodesOf(child) : [child]));

/** Canonical offset of the start of any node in the tree. */
const $startOf = (node: LexicalNode, layout: TextLayout): number => {
  if ($isRootNode(node)) return 0;
  let local = 0;
  let current: LexicalNode = node;
  for (;;) {
    const index = layout.indexByKey.get(current.getKey());
    if (index !== undefined) return (layout.starts[index] ?? 0) + local;
    // A container of blocks (a list) starts where its first block does.
    if ($isElementNode(current) && !current.isInline()) {
      const first = current.getFirstChild();
      return first ? $startOf(first, layout) : 0;
    }
    for (
      let sibling = current.getPreviousSibling();
      sibling;
      sibling = sibling.getPreviousSibling()
    )
      local += sibling.getTextContentSize();
    const parent: LexicalNode | null = current.getParent();
    if (parent === null) return local;
    current = parent;
  }
};

/** Canonical offset of the end of any node in the tree. */
const $endOf = (node: LexicalNode, layout: TextLayout): number => {
  if ($isRootNode(node)) return layout.total;
  const index = layout.indexByKey.get(node.getKey());
  if (index !== undefined) return (layout.starts[index] ?? 0) + (layout.sizes[index] ?? 0);
  if ($isElementNode(node) && !node.isInline()) {
    const last = node.getLastChild();
    return last ? $endOf(last, layout) : $startOf(node, layout);
  }
  return $startOf(node, layout) + node.getTextContentSize();
};

/** The canonical offset of a Lexical point. */
export const $offsetFromPoint = (point: TextPoint, layout = $textLayout()): number => {
  const node = $getNodeByKey(point.key);
  if (node === null) return 0;
  if ($isTextNode(node)) {
    return $startOf(node, layout) + Math.min(Math.max(0, point.offset), node.getTextContentSize());
  }
  if (!$isElementNode(node)) return $startOf(node, layout);
  const child = node.getChildAtIndex(point.offset);
  return child ? $startOf(child, layout) : $endOf(node, layout);
};

/**
 * The Lexical point at a canonical offset (clamped to the text). At a boundary between two text
 * nodes it is the start of the later one; inside a block separator, the end of the block before.
 */
export const $pointFromOffset = (offset: number, layout = $textLayout()): TextPoint => {
  const clamped = Math.min(Math.max(0, offset), layout.total);
  const index = blockAt(layout.starts, clamped);
  const block = layout.blocks[index];
  if (block === undefined) return { key: $getRoot().getKey(), offset: 0, type: 'element' };
  const local = Math.min(clamped - (layout.starts[index] ?? 0), layout.sizes[index] ?? 0);
  const texts = $textNodesOf(block);
  let before = 0;
  for (const [position, text] of texts.entries()) {
    const size = text.getTextContentSize();
    if (local < before + size || position === texts.length - 1) {
      return { key: text.getKey(), offset: local - before, type: 'text' };
    }
    before += size;
  }
  return { key: block.getKey(), offset: 0, type: 'element' };
};

const ordered = (a: number, b: number): Span | null =>
  a === b ? null : { start: Math.min(a, b), end: Math.max(a, b) };

/** The canonical range of a Lexical selection; null unless it is a non-empty range. */
export const $rangeFromSelection = (
  selection: BaseSelection | null,
  layout = $textLayout(),
): Span | null => {
  if (!$isRangeSelection(selection)) return null;
  return ordered(
    $offsetFromPoint(selection.anchor, layout),
    $offsetFromPoint(selection.focus, layout),
  );
};

/** Where a DOM point lies against the editor's root: -1 before it, 0 inside, 1 after. */
const sideOfRoot = (root: HTMLElement, point: DomPoint): number => {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  try {
    return range.comparePoint(point.node, point.offset);
  } catch {
    return 0; // another document or a detached node: treat as inside, mapped below
  }
};

/** The canonical offset of a DOM point; points outside the article clamp to its ends. */
export const $offsetFromDomPoint = (
  editor: LexicalEditor,
  point: DomPoint,
  layout = $textLayout(),
): number => {
  const root = editor.getRootElement();
  if (root === null) return 0;
  const side = sideOfRoot(root, point);
  if (side !== 0) return side < 0 ? 0 : layout.total;
  const { node, offset } = point;
  if (node === root) {
    const child = root.childNodes[offset];
    return child ? $startOfDom(child, layout) : layout.total;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const lexical = $getNearestNodeFromDOMNode(node);
    if ($isTextNode(lexical)) {
      return $startOf(lexical, layout) + Math.min(offset, lexical.getTextContentSize());
    }
    return lexical ? $startOf(lexical, layout) : 0;
  }
  const child = node.childNodes[offset];
  if (child) return $startOfDom(child, layout);
  const lexical = $getNearestNodeFromDOMNode(node);
  if (lexical === null) return 0;
  // After the last child of a node's own element is its end; inside a node's DOM that Lexical
  // does not model (the <br> of an empty block) is its start, which is its end too.
  return editor.getElementByKey(lexical.getKey()) === node
    ? $endOf(lexical, layout)
    : $startOf(lexical, layout);
};

const $startOfDom = (node: Node, layout: TextLayout): number => {
  const lexical = $getNearestNodeFromDOMNode(node);
  return lexical ? $startOf(lexical, layout) : 0;
};

/** The canonical range a DOM selection covers, in order; null when empty or unset. */
export const $rangeFromDomSelection = (
  editor: LexicalEditor,
  selection: Pick<Selection, 'anchorNode' | 'anchorOffset' | 'focusNode' | 'focusOffset'>,
  layout = $textLayout(),
): Span | null => {
  const { anchorNode, focusNode } = selection;
  if (anchorNode === null || focusNode === null) return null;
  return ordered(
    $offsetFromDomPoint(editor, { node: anchorNode, offset: selection.anchorOffset }, layout),
    $offsetFromDomPoint(editor, { node: focusNode, offset: selection.focusOffset }, layout),
  );
};

/** What a highlight should cover of a selection: without the white space at either end. */
export const trimRange = (text: string, range: Span): Span | null => {
  let { start, end } = range;
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return start < end ? { start, end } : null;
};
