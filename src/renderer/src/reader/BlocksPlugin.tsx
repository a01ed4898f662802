import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isElementNode, SKIP_DOM_SELECTION_TAG, type NodeKey } from 'lexical';
import type { Highlight } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import type { PendingHighlight } from '../annotations/pending';
import { blockGeometry, changedBlocks, placedHighlights } from './highlightDiff';
import { highlightsByBlock, segmentBlock, type RenderedHighlight } from './highlightSegments';
import { $fillBlock, $renderBlocks, blockGroupSize, drawSteps } from './renderBlocks';
import type { ReaderHandle } from './ReaderHandle';

interface BlocksPluginProps {
  blocks: readonly Block[];
  /** The document's highlights; orphans are skipped. */
  highlights: readonly Highlight[];
  /** Highlights being saved, drawn with the others (their marks say they are not saved yet). */
  pending?: readonly PendingHighlight[];
  ref?: Ref<ReaderHandle>;
}

interface Drawn {
  blocks: readonly Block[];
  highlights: Map<string, RenderedHighlight>;
}

const none: readonly PendingHighlight[] = [];

/**
 * A long text is drawn in steps: its first screens at once, the rest a chunk at a time between
 * frames, so a book's first page shows as fast as an article's. The reader can read, select and
 * highlight meanwhile; the rest is there within a second or two.
 */
const steps = { firstChars: 40_000, chunkChars: 120_000 };

const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draws the document's blocks and its highlights. A new document (or a new version of its text)
 * is drawn with its highlights, its first screens in the first paint and the rest in steps
 * between frames (the reader's root is `aria-busy` until the last); a change to the highlights
 * redraws only the drawn blocks it touches, in one update, so creating a highlight in a 1 MB
 * document costs the same as in a short one.
 */
export function BlocksPlugin({ blocks, highlights, pending = none, ref }: BlocksPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const blockKeys = useRef<NodeKey[]>([]);
  const drawn = useRef<Drawn | null>(null);
  /** How many of the blocks are drawn; the ones after are drawn by the next steps. */
  const drawnCount = useRef(0);
  /** Draws every block still to draw, at once (to scroll to one). */
  const finish = useRef<() => void>(() => undefined);
  const geometry = useMemo(() => blockGeometry(blocks), [blocks]);

  // A layout effect and a discrete update put the text on screen in the first paint, with no
  // flash of an empty reader or of text without its highlights.
  useLayoutEffect(() => {
    const lengthAt = (index: number) => geometry.lengths[index] ?? 0;
    const saved = placedHighlights(highlights);
    const placed = pending.length > 0 ? [...saved, ...pending] : saved;
    const previous = drawn.current;
    drawn.current = { blocks, highlights: new Map(placed.map((item) => [item.id, item])) };
    if (previous === null || previous.blocks !== blocks) {
      // Highlights as they are when each step is drawn: they may change between steps.
      const segmentsNow = () => {
        const current = [...(drawn.current?.highlights.values() ?? [])];
        const byBlock = highlightsByBlock(geometry.starts, geometry.lengths, current);
        return (index: number) => {
          const covering = byBlock.get(index);
          return covering && segmentBlock(lengthAt(index), geometry.starts[index] ?? 0, covering);
        };
      };
      const ends = drawSteps(blocks, steps, blockGroupSize);
      const draw = (to: number, discrete: boolean) => {
        const from = drawnCount.current;
        if (to <= from && from > 0) return;
        editor.update(
          () => {
            const keys = $renderBlocks(blocks, segmentsNow(), blockGroupSize, { from, to });
            blockKeys.current = from === 0 ? keys : [...blockKeys.current, ...keys];
          },
          discrete
            ? { discrete: true, tag: SKIP_DOM_SELECTION_TAG }
            : { tag: SKIP_DOM_SELECTION_TAG },
        );
        drawnCount.current = to;
      };
      drawnCount.current = 0;
      draw(ends[0] ?? blocks.length, true);
      const root = editor.getRootElement();
      if (ends.length === 1) {
        root?.removeAttribute('aria-busy');
        finish.current = () => undefined;
        return;
      }
      root?.setAttribute('aria-busy', 'true');
      let step = 1;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        finish.current = () => undefined;
        editor.getRootElement()?.removeAttribute('aria-busy');
      };
      const next = () => {
        // Another text (or none) since: its own effect draws it.
        if (drawn.current?.blocks !== blocks) return;
        draw(ends[step] ?? blocks.length, false);
        step += 1;
        if (step < ends.length) timer = setTimeout(next, 0);
        else done();
      };
      finish.current = () => {
        if (drawn.current?.blocks !== blocks) return;
        draw(blocks.length, true);
        done();
      };
      timer = setTimeout(next, 0);
      return;
    }
    const changed = changedBlocks(geometry, previous.highlights, placed).filter(
      // A block not drawn yet gets its highlights when its step draws it.
      (index) => index < drawnCount.current,
    );
    if (changed.length === 0) return;
    // Only a block or two: finding their highlights by a scan beats indexing all of them.
    const segmentsFor = (index: number) => {
      const start = geometry.starts[index] ?? 0;
      const end = start + lengthAt(index);
      const covering = placed.filter((item) => item.start < end && item.end > start);
      return covering.length > 0 ? segmentBlock(lengthAt(index), start, covering) : undefined;
    };
    editor.update(
      () => {
        for (const index of changed) {
          const key = blockKeys.current[index];
          const element = key === undefined ? null : $getNodeByKey(key);
          if ($isElementNode(element)) {
            $fillBlock(element, blocks[index]?.text ?? '', segmentsFor(index));
          }
        }
      },
      // The reader's selection is the browser's: redrawing a block must not move it.
      { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
    );
  }, [editor, blocks, geometry, highlights, pending]);

  // Steps still to draw when the reader closes are dropped with it.
  useEffect(
    () => () => {
      drawn.current = null;
    },
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      scrollToBlock(blockIndex: number) {
        if (blockIndex >= drawnCount.current) finish.current();
        const key = blockKeys.current[blockIndex];
        const element = key === undefined ? null : editor.getElementByKey(key);
        element?.scrollIntoView({
          block: 'start',
          behavior: prefersReducedMotion() ? 'auto' : 'smooth',
        });
      },
    }),
    [editor],
  );

  return null;
}
