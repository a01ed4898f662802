import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type NodeKey,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import type { Block } from '../../../shared/model';
import { $createBlockGroupNode, type BlockGroupNode } from './BlockGroupNode';
import { $createHighlightMarkNode } from './HighlightMarkNode';
import type { Segment } from './highlightSegments';

// The article title is the reader's <h1>, outside the view, so section headings start at h2.
const headingTag = (level: number | undefined): HeadingTagType => {
  const clamped = Math.min(6, Math.max(2, level ?? 2));
  return `h${clamped}` as HeadingTagType;
};

const $createBlockElement = (block: Block): ElementNode => {
  switch (block.kind) {
    case 'heading':
      return $createHeadingNode(headingTag(block.level));
    case 'quote':
      return $createQuoteNode();
    case 'listItem':
      return $createListItemNode();
    case 'paragraph':
      return $createParagraphNode();
  }
};

/**
 * Fills a block element with its text cut into segments: plain runs as text nodes, highlighted
 * runs each wrapped in one highlight mark. Without segments the text is a single text node.
 */
export const $fillBlock = (element: ElementNode, text: string, segments?: readonly Segment[]) => {
  element.clear();
  if (!segments) {
    if (text.length > 0) element.append($createTextNode(text));
    return;
  }
  for (const segment of segments) {
    const run = $createTextNode(text.slice(segment.start, segment.end));
    element.append(
      segment.color === null
        ? run
        : $createHighlightMarkNode(segment.ids, segment.color).append(run),
    );
  }
};

/** Blocks per group (see BlockGroupNode); a group may run longer to end before a paragraph. */
export const blockGroupSize = 32;

/**
 * Replaces the editor's content with the document's blocks: one element per block holding its
 * text verbatim (in one text node, or in the segments `segmentsFor` gives it), consecutive list
 * items grouped in one bullet list, and runs of about `groupSize` blocks in one BlockGroupNode.
 * A new group only ever starts at a paragraph, which has no top margin: the space between blocks
 * stays the same across groups, whose margins cannot collapse together. Returns each block's
 * element key, in block order, so callers can find a block in the DOM. Must run inside
 * `editor.update`.
 */
export const $renderBlocks = (
  blocks: readonly Block[],
  segmentsFor?: (blockIndex: number) => readonly Segment[] | undefined,
  groupSize = blockGroupSize,
): NodeKey[] => {
  const root = $getRoot();
  root.clear();
  const keys: NodeKey[] = [];
  let group: BlockGroupNode | null = null;
  let inGroup = 0;
  let list: ListNode | null = null;
  for (const [index, block] of blocks.entries()) {
    if (group === null || (inGroup >= groupSize && block.kind === 'paragraph')) {
      group = $createBlockGroupNode();
      root.append(group);
      inGroup = 0;
    }
    const element = $createBlockElement(block);
    $fillBlock(element, block.text, segmentsFor?.(index));
    if (block.kind === 'listItem') {
      if (list === null) {
        list = $createListNode('bullet');
        group.append(list);
      }
      list.append(element);
    } else {
      list = null;
      group.append(element);
    }
    inGroup += 1;
    keys.push(element.getKey());
  }
  return keys;
};
