// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { $createRangeSelection, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { highlightColors } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import { blockStarts, canonicalText } from '../../../shared/text';
import { BlockGroupNode } from './BlockGroupNode';
import { HighlightMarkNode } from './HighlightMarkNode';
import { highlightsByBlock, segmentBlock, type RenderedHighlight } from './highlightSegments';
import {
  $layoutHolds,
  $offsetFromPoint,
  $pointFromOffset,
  $rangeFromDomSelection,
  $rangeFromSelection,
  $textLayout,
  trimRange,
} from './offsets';
import { $fillBlock, $renderBlocks } from './renderBlocks';

// Block texts never hold a newline, so "the text the DOM shows" is the canonical text without
// its separators: the oracle the DOM property compares against.
const blockText = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '—', '\u00a0', 'Z'),
  maxLength: 18,
});
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text: blockText }),
  fc.record({ kind: fc.constant('heading' as const), level: fc.constant(2), text: blockText }),
  fc.record({ kind: fc.constant('quote' as const), text: blockText }),
  fc.record({ kind: fc.constant('listItem' as const), text: blockText }),
);

interface Case {
  blocks: Block[];
  highlights: RenderedHighlight[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .array(blockArb, { minLength: 1, maxLength: 7 })
  .chain((blocks) => {
    const total = canonicalText(blocks).length;
    // A start and a length (no filter: an empty text would leave nothing to pick from).
    const highlight = fc
      .tuple(fc.nat({ max: total }), fc.nat({ max: total }), fc.constantFrom(...highlightColors))
      .map(([start, length, color]) => ({ start, end: Math.min(total, start + length), color }));
    return fc.record({
      blocks: fc.constant(blocks),
      highlights: fc.array(highlight, { maxLength: 6 }).map((list) =>
        list
          .filter((h) => h.start < h.end)
          .map((h, i): RenderedHighlight => ({
            ...h,
            id: `h${i}`,
            createdAt: new Date(1_700_000_000_000 + i).toISOString(),
          })),
      ),
    });
  });

const renderCase = ({ blocks, highlights }: Case): LexicalEditor => {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, HighlightMarkNode, BlockGroupNode],
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  editor.setRootElement(root);
  const starts = blockStarts(blocks);
  const lengths = blocks.map((block) => block.text.length);
  const byBlock = highlightsByBlock(starts, lengths, highlights);
  editor.update(
    () =>
      void $renderBlocks(
        blocks,
        (i) => segmentBlock(lengths[i] ?? 0, starts[i] ?? 0, byBlock.get(i) ?? []),
        // Groups of two, so that the cases cross group boundaries.
        2,
      ),
    { discrete: true },
  );
  return editor;
};

/** Inside a separator, strictly after a block's end and before the next block's start. */
const inSeparator = (blocks: Block[], offset: number): boolean =>
  blockStarts(blocks).some((start, i) => {
    const end = start + (blocks[i]?.text.length ?? 0);
    return offset > end && i + 1 < blocks.length && offset < (blockStarts(blocks)[i + 1] ?? 0);
  });

/** Every (node, offset) a DOM selection can rest on inside the root. */
const domPoints = (root: Node): { node: Node; offset: number }[] => {
  const points: { node: Node; offset: number }[] = [];
  const visit = (node: Node) => {
    const size =
      node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '').length : node.childNodes.length;
    for (let offset = 0; offset <= size; offset += 1) points.push({ node, offset });
    node.childNodes.forEach(visit);
  };
  visit(root);
  return points;
};

const textBefore = (root: HTMLElement, point: { node: Node; offset: number }): string => {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(point.node, point.offset);
  return range.toString();
};

describe('offsets: canonical text <-> Lexical tree', () => {
  it('the tree with highlights shows exactly the canonical text', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const editor = renderCase(c);
        const text = editor.read(() => $getRoot().getTextContent());
        expect(text).toBe(canonicalText(c.blocks));
      }),
    );
  });

  it('renders each covered segment as one mark with all its ids and the innermost colour', () => {
    const editor = renderCase({
      blocks: [{ kind: 'paragraph', text: 'Alpha beta gamma' }],
      highlights: [
        { id: 'long', start: 0, end: 10, color: 'yellow', createdAt: '2026-01-01T00:00:00Z' },
        { id: 'short', start: 6, end: 16, color: 'pink', createdAt: '2026-01-02T00:00:00Z' },
      ],
    });
    const marks = [...(editor.getRootElement()?.querySelectorAll('mark') ?? [])];
    expect(
      marks.map((mark) => [mark.textContent, mark.dataset.highlightIds, mark.dataset.color]),
    ).toEqual([
      ['Alpha ', 'long', 'yellow'],
      ['beta', 'short long', 'pink'],
      [' gamma', 'short', 'pink'],
    ]);
  });

  it('offset -> point -> offset round-trips (a separator maps to the end of its block)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const editor = renderCase(c);
        const total = canonicalText(c.blocks).length;
        editor.read(() => {
          const layout = $textLayout();
          expect(layout.total).toBe(total);
          for (let offset = 0; offset <= total; offset += 1) {
            const back = $offsetFromPoint($pointFromOffset(offset, layout), layout);
            if (!inSeparator(c.blocks, offset)) expect(back).toBe(offset);
            else expect(inSeparator(c.blocks, back)).toBe(false);
          }
        });
      }),
    );
  });

  it('a Lexical range selection maps to its canonical range', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), (c, a, b) => {
        const editor = renderCase(c);
        const text = canonicalText(c.blocks);
        const [anchor, focus] = [a % (text.length + 1), b % (text.length + 1)];
        editor.read(() => {
          const layout = $textLayout();
          const selection = $createRangeSelection();
          const from = $pointFromOffset(anchor, layout);
          const to = $pointFromOffset(focus, layout);
          selection.anchor.set(from.key, from.offset, from.type);
          selection.focus.set(to.key, to.offset, to.type);
          const range = $rangeFromSelection(selection, layout);
          const start = $offsetFromPoint(from, layout);
          const end = $offsetFromPoint(to, layout);
          expect(range).toEqual(
            start === end ? null : { start: Math.min(start, end), end: Math.max(start, end) },
          );
        });
      }),
    );
  });

  it('any DOM selection maps to the canonical slice the DOM shows', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), (c, a, b) => {
        const editor = renderCase(c);
        const root = editor.getRootElement();
        if (!root) throw new Error('no root');
        const text = canonicalText(c.blocks);
        const points = domPoints(root);
        const anchor = points[a % points.length];
        const focus = points[b % points.length];
        if (!anchor || !focus) throw new Error('no DOM points');
        const range = editor.read(() =>
          $rangeFromDomSelection(editor, {
            anchorNode: anchor.node,
            anchorOffset: anchor.offset,
            focusNode: focus.node,
            focusOffset: focus.offset,
          }),
        );
        const [first, second] = [textBefore(root, anchor), textBefore(root, focus)].sort(
          (x, y) => x.length - y.length,
        );
        const shown = (second ?? '').slice((first ?? '').length);
        if (range === null) {
          expect(shown).toBe('');
          return;
        }
        expect(text.slice(0, range.start).replaceAll('\n', '')).toBe(first);
        expect(text.slice(range.start, range.end).replaceAll('\n', '')).toBe(shown);
      }),
    );
  });

  it('a selection spanning blocks includes the separators between them', () => {
    const c: Case = {
      blocks: [
        { kind: 'paragraph', text: 'First one.' },
        { kind: 'listItem', text: 'Item' },
        { kind: 'paragraph', text: 'Last.' },
      ],
      highlights: [],
    };
    const editor = renderCase(c);
    const root = editor.getRootElement();
    const first = root?.querySelector('p')?.firstChild?.firstChild;
    const last = root?.querySelectorAll('p')[1]?.firstChild?.firstChild;
    if (!first || !last) throw new Error('DOM shape changed');
    const range = editor.read(() =>
      $rangeFromDomSelection(editor, {
        anchorNode: last,
        anchorOffset: 4,
        focusNode: first,
        focusOffset: 6,
      }),
    );
    expect(range && canonicalText(c.blocks).slice(range.start, range.end)).toBe(
      'one.\n\nItem\n\nLast',
    );
  });

  it('points outside the article clamp to its ends', () => {
    const c: Case = { blocks: [{ kind: 'paragraph', text: 'Only text' }], highlights: [] };
    const editor = renderCase(c);
    const root = editor.getRootElement();
    const text = root?.querySelector('span')?.firstChild;
    if (!root || !text) throw new Error('DOM shape changed');
    const before = document.createElement('h1');
    root.before(before);
    const range = editor.read(() =>
      $rangeFromDomSelection(editor, {
        anchorNode: before,
        anchorOffset: 0,
        focusNode: text,
        focusOffset: 4,
      }),
    );
    expect(range).toEqual({ start: 0, end: 4 });
  });

  it('a layout read before highlights are drawn still maps every DOM selection after', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), (c, a, b) => {
        const editor = renderCase({ blocks: c.blocks, highlights: [] });
        const before = editor.read(() => $textLayout());
        // What BlocksPlugin does when highlights change: refill the blocks in place.
        const starts = blockStarts(c.blocks);
        const lengths = c.blocks.map((block) => block.text.length);
        const byBlock = highlightsByBlock(starts, lengths, c.highlights);
        editor.update(
          () =>
            before.blocks.forEach((element, i) =>
              $fillBlock(
                element,
                c.blocks[i]?.text ?? '',
                segmentBlock(lengths[i] ?? 0, starts[i] ?? 0, byBlock.get(i) ?? []),
              ),
            ),
          { discrete: true },
        );
        const root = editor.getRootElement();
        if (!root) throw new Error('no root');
        const points = domPoints(root);
        const selection = {
          anchorNode: points[a % points.length]?.node ?? root,
          anchorOffset: points[a % points.length]?.offset ?? 0,
          focusNode: points[b % points.length]?.node ?? root,
          focusOffset: points[b % points.length]?.offset ?? 0,
        };
        editor.read(() => {
          expect($layoutHolds(before)).toBe(true);
          expect($rangeFromDomSelection(editor, selection, before)).toEqual(
            $rangeFromDomSelection(editor, selection),
          );
        });
      }),
    );
  });

  it('a layout no longer holds once another text is rendered', () => {
    const editor = renderCase({ blocks: [{ kind: 'paragraph', text: 'One' }], highlights: [] });
    const before = editor.read(() => $textLayout());
    editor.update(() => void $renderBlocks([{ kind: 'paragraph', text: 'Two' }]), {
      discrete: true,
    });
    expect(editor.read(() => $layoutHolds(before))).toBe(false);
  });
});

describe('trimRange', () => {
  it('drops white space and separators at both ends', () => {
    const text = 'One two.\n\n  Three';
    expect(trimRange(text, { start: 3, end: 12 })).toEqual({ start: 4, end: 8 });
    expect(trimRange(text, { start: 8, end: 12 })).toBeNull();
  });
});
