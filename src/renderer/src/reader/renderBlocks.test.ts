import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { $getNodeByKey, $getRoot, createEditor, type LexicalNode } from 'lexical';
import { $isHeadingNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $isListNode, ListItemNode, ListNode } from '@lexical/list';
import type { Block } from '../../../shared/model';
import { canonicalText } from '../../../shared/text';
import { $isBlockGroupNode, BlockGroupNode } from './BlockGroupNode';
import { $renderBlocks, drawSteps } from './renderBlocks';

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

describe('drawing in steps', () => {
  const kinds = fc.constantFrom<Block['kind']>(
    'paragraph',
    'paragraph',
    'heading',
    'listItem',
    'quote',
  );
  const anyBlocks = fc.array(
    fc
      .record({ kind: kinds, text: fc.string({ maxLength: 12 }) })
      .map((block): Block => (block.kind === 'heading' ? { ...block, level: 2 } : block)),
    { maxLength: 60 },
  );

  it('gives the very tree, keys in order, that one pass gives', () => {
    fc.assert(
      fc.property(
        anyBlocks,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (input, groupSize, firstChars, chunkChars) => {
          const whole = render(input, groupSize);
          const steps = drawSteps(input, { firstChars, chunkChars }, groupSize);
          expect(steps.at(-1)).toBe(input.length);
          const stepped = render([], groupSize);
          let keys: string[] = [];
          let from = 0;
          for (const to of steps) {
            stepped.editor.update(
              () => {
                keys = [...keys, ...$renderBlocks(input, undefined, groupSize, { from, to })];
              },
              { discrete: true },
            );
            from = to;
          }
          const shape = (editor: typeof whole.editor) =>
            editor.getEditorState().read(() => $getRoot().getChildren().map(describeNode));
          expect(shape(stepped.editor)).toEqual(shape(whole.editor));
          expect(keys).toHaveLength(input.length);
          const texts = stepped.editor
            .getEditorState()
            .read(() => keys.map((key) => $getNodeByKey(key)?.getTextContent()));
          expect(texts).toEqual(input.map((block) => block.text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws a short text in one step, and a long one first in a screenful, then in chunks', () => {
    const paragraphs = (count: number): Block[] =>
      Array.from({ length: count }, (_, index) => ({
        kind: 'paragraph',
        text: `${index}`.padEnd(100, '.'),
      }));
    expect(drawSteps(paragraphs(10), { firstChars: 5_000, chunkChars: 20_000 })).toEqual([10]);
    const steps = drawSteps(paragraphs(1_000), { firstChars: 5_000, chunkChars: 20_000 });
    // 32 blocks a group: the first step ends at the first group start past 5,000 characters.
    expect(steps[0]).toBe(64);
    expect(steps.at(-1)).toBe(1_000);
    expect(steps.slice(1, -1).every((end, index) => end - (steps[index] ?? 0) === 224)).toBe(true);
  });
});
