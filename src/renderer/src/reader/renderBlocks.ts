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
 * Replaces the editor's content with the document's blocks: one element per block holding its
 * text verbatim in a single TextNode, consecutive list items grouped in one bullet list.
 * Returns each block's element key, in block order, so callers can find a block in the DOM.
 * Must run inside `editor.update`.
 */
export const $renderBlocks = (blocks: readonly Block[]): NodeKey[] => {
  const root = $getRoot();
  root.clear();
  const keys: NodeKey[] = [];
  let list: ListNode | null = null;
  for (const block of blocks) {
    const element = $createBlockElement(block);
    if (block.text.length > 0) element.append($createTextNode(block.text));
    if (block.kind === 'listItem') {
      if (list === null) {
        list = $createListNode('bullet');
        root.append(list);
      }
      list.append(element);
    } else {
      list = null;
      root.append(element);
    }
    keys.push(element.getKey());
  }
  return keys;
};
