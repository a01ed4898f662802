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
import { sectionLevel } from '../../../shared/articleMeta';
import { $createBlockGroupNode, type BlockGroupNode } from './BlockGroupNode';
import { $createHighlightMarkNode } from './HighlightMarkNode';
import type { Segment } from './highlightSegments';

// The article title is the reader's <h1>, outside the view, so section headings start at h2.
const headingTag = (level: number | undefined): HeadingTagType => `h${sectionLevel(level)}`;

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
 * Where each group of blocks begins (see BlockGroupNode): at the first block, then at the first
 * paragraph once a group holds `groupSize` blocks, so the space between blocks stays the same
 * across groups, whose margins cannot collapse together.
 */
export const groupStarts = (blocks: readonly Block[], groupSize = blockGroupSize): number[] => {
  const starts: number[] = [];
  let inGroup = 0;
  for (const [index, block] of blocks.entries()) {
    if (index === 0 || (inGroup >= groupSize && block.kind === 'paragraph')) {
      starts.push(index);
      inGroup = 0;
    }
    inGroup += 1;
  }
  return starts;
};

/**
 * How a long text is drawn in steps: the block index each step ends before. The first step
 * holds about `firstChars` of text (the screens a reader sees first), each next one about
 * `chunkChars`; every step ends where a group begins, so drawing the steps one after another
 * gives the very tree one pass would. A short text is one step.
 */
export const drawSteps = (
  blocks: readonly Block[],
  { firstChars, chunkChars }: { firstChars: number; chunkChars: number },
  groupSize = blockGroupSize,
): number[] => {
  const ends: number[] = [];
  let chars = 0;
  let budget = firstChars;
  const starts = groupStarts(blocks, groupSize);
  for (const [position, start] of starts.entries()) {
    const end = starts[position + 1] ?? blocks.length;
    for (let index = start; index < end; index += 1) chars += blocks[index]?.text.length ?? 0;
    if (chars >= budget && end < blocks.length) {
      ends.push(end);
      chars = 0;
      budget = chunkChars;
    }
  }
  ends.push(blocks.length);
  return ends;
};

/**
 * Draws the document's blocks `from` up to `to` (all of them by default) at the end of the
 * editor's content; drawing from the first block replaces the content. Each block is one
 * element holding its text verbatim (in one text node, or in the segments `segmentsFor` gives
 * it), consecutive list items are grouped in one bullet list, and runs of about `groupSize`
 * blocks in one BlockGroupNode. `from` must be where a group begins (see drawSteps). Returns
 * the drawn blocks' element keys, in block order, so callers can find a block in the DOM. Must
 * run inside `editor.update`.
 */
export const $renderBlocks = (
  blocks: readonly Block[],
  segmentsFor?: (blockIndex: number) => readonly Segment[] | undefined,
  groupSize = blockGroupSize,
  { from = 0, to = blocks.length }: { from?: number; to?: number } = {},
): NodeKey[] => {
  const root = $getRoot();
  if (from === 0) root.clear();
  const keys: NodeKey[] = [];
  let group: BlockGroupNode | null = null;
  let inGroup = 0;
  let list: ListNode | null = null;
  for (let index = from; index < to; index += 1) {
    const block = blocks[index];
    if (!block) break;
    if (group === null || (inGroup >= groupSize && block.kind === 'paragraph')) {
      group = $createBlockGroupNode();
      root.append(group);
      inGroup = 0;
      list = null;
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
