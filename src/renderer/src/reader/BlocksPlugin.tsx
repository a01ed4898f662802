import { useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isElementNode, SKIP_DOM_SELECTION_TAG, type NodeKey } from 'lexical';
import type { Highlight } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import type { PendingHighlight } from '../annotations/pending';
import { blockGeometry, changedBlocks, placedHighlights } from './highlightDiff';
import { highlightsByBlock, segmentBlock, type RenderedHighlight } from './highlightSegments';
import { $fillBlock, $renderBlocks } from './renderBlocks';
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

const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draws the document's blocks and its highlights. A new document (or a new version of its text)
 * is drawn whole, highlights included, in one update; a change to the highlights redraws only
 * the blocks it touches, still in one update, so creating a highlight in a 1 MB document costs
 * the same as in a short one.
 */
export function BlocksPlugin({ blocks, highlights, pending = none, ref }: BlocksPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const blockKeys = useRef<NodeKey[]>([]);
  const drawn = useRef<Drawn | null>(null);
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
      const byBlock = highlightsByBlock(geometry.starts, geometry.lengths, placed);
      const segmentsFor = (index: number) => {
        const covering = byBlock.get(index);
        return covering && segmentBlock(lengthAt(index), geometry.starts[index] ?? 0, covering);
      };
      editor.update(
        () => {
          blockKeys.current = $renderBlocks(blocks, segmentsFor);
        },
        { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
      );
      return;
    }
    const changed = changedBlocks(geometry, previous.highlights, placed);
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

  useImperativeHandle(
    ref,
    () => ({
      scrollToBlock(blockIndex: number) {
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
