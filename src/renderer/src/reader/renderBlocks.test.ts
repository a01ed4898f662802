import { describe, expect, it } from 'vitest';
import { $getNodeByKey, $getRoot, createEditor, type LexicalNode } from 'lexical';
import { $isHeadingNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $isListNode, ListItemNode, ListNode } from '@lexical/list';
import type { Block } from '../../../shared/model';
import { canonicalText } from '../../../shared/text';
import { $isBlockGroupNode, BlockGroupNode } from './BlockGroupNode';
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

const render = (input: readonly Block[], groupSize?: number) => {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, BlockGroupNode],
    onError: (error) => {
      throw error;
    },
  });
  let keys: string[] = [];
  editor.update(
    () => {
      keys = $renderBlocks(input, undefined, groupSize);
    },
    { discrete: true },
  );
  return { editor, keys };
};

const describeNode = (node: LexicalNode): string => {
  if ($isHeadingNode(node)) return node.getTag();
  if ($isQuoteNode(node)) return 'quote';
  if ($isListNode(node)) return `list(${node.getChildrenSize()})`;
  if ($isBlockGroupNode(node)) return `group[${node.getChildren().map(describeNode).join(' ')}]`;
  return node.getType();
};

describe('$renderBlocks', () => {
  it('makes one element per block and groups consecutive list items', () => {
    const { editor } = render(blocks);
    const shape = editor.getEditorState().read(() => $getRoot().getChildren().map(describeNode));
    expect(shape).toEqual(['group[paragraph h2 list(2) quote h2 list(1)]']);
  });

  it('starts a new group of blocks only at a paragraph, never inside a list', () => {
    const input: Block[] = [
      { kind: 'paragraph', text: 'one' },
      { kind: 'paragraph', text: 'two' },
      { kind: 'heading', level: 2, text: 'three' },
      { kind: 'listItem', text: 'four' },
      { kind: 'listItem', text: 'five' },
      { kind: 'paragraph', text: 'six' },
      { kind: 'paragraph', text: 'seven' },
    ];
    const { editor, keys } = render(input, 2);
    const shape = editor.getEditorState().read(() => $getRoot().getChildren().map(describeNode));
    expect(shape).toEqual(['group[paragraph paragraph h2 list(2)]', 'group[paragraph paragraph]']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
      canonicalText(input),
    );
    expect(keys).toHaveLength(input.length);
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
