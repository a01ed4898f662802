import { describe, expect, it } from 'vitest';
import { $getNodeByKey, $getRoot, createEditor, type LexicalNode } from 'lexical';
import { $isHeadingNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $isListNode, ListItemNode, ListNode } from '@lexical/list';
import type { Block } from '../../../shared/model';
import { canonicalText } from '../../../shared/text';
import { $renderBlocks } from './renderBlocks';

const blocks: Block[] = [
  { kind: 'paragraph', text: 'Opening  paragraph, spaces kept.' },
  { kind: 'heading', level: 2, text: 'A section' },
  { kind: 'listItem', text: 'one' },
  { kind: 'listItem', text: 'two' },
  { kind: 'quote', text: '“Quoted.”' },
  { kind: 'heading', level: 1, text: 'Never a second h1' },
  { kind: 'listItem', text: 'a new list' },
];

const render = (input: readonly Block[]) => {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (error) => {
      throw error;
    },
  });
  let keys: string[] = [];
  editor.update(
    () => {
      keys = $renderBlocks(input);
    },
    { discrete: true },
  );
  return { editor, keys };
};

const describeNode = (node: LexicalNode): string => {
  if ($isHeadingNode(node)) return node.getTag();
  if ($isQuoteNode(node)) return 'quote';
  if ($isListNode(node)) return `list(${node.getChildrenSize()})`;
  return node.getType();
};

describe('$renderBlocks', () => {
  it('makes one element per block and groups consecutive list items', () => {
    const { editor } = render(blocks);
    const shape = editor.getEditorState().read(() => $getRoot().getChildren().map(describeNode));
    expect(shape).toEqual(['paragraph', 'h2', 'list(2)', 'quote', 'h2', 'list(1)']);
  });

  it('keeps every block text verbatim, so the view matches the canonical text', () => {
    const { editor } = render(blocks);
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toBe(canonicalText(blocks));
  });

  it('returns one key per block, in block order', () => {
    const { editor, keys } = render(blocks);
    const texts = editor
      .getEditorState()
      .read(() => keys.map((key) => $getNodeByKey(key)?.getTextContent()));
    expect(texts).toEqual(blocks.map((block) => block.text));
  });

  it('replaces the previous document', () => {
    const { editor } = render(blocks);
    editor.update(() => void $renderBlocks([{ kind: 'paragraph', text: 'Only this' }]), {
      discrete: true,
    });
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Only this');
  });
});
