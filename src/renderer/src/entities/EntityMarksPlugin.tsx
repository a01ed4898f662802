import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { Mention } from '../../../shared/entities';
import type { Block } from '../../../shared/model';
import { $textLayout } from '../reader/offsets';
import { useReaderSelection } from '../reader/useReaderSelection';
import { useEntitiesContext } from './EntitiesContext';
import { $domRangeOf, paintCurrent, paintMentions, scrollToRange } from './entityRanges';
import { MentionNavigator } from './MentionNavigator';
import { useReaderSelectionState } from './readerSelection';
import { useMentionKeys } from './useMentionKeys';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What testers read off the article element (docs/AUTOMATION.md § Entities). */
const markAttributes = [
  'data-entity-marked',
  'data-entity-mention-count',
  'data-entity-current-mention',
];

interface EntityMarksPluginProps {
  blocks: readonly Block[];
}

/**
 * The reader's side of the Entities panel: paints the selected entity's mentions with the CSS
 * Custom Highlight API (repainted after every editor update, since a redrawn block has new text
 * nodes), scrolls to the current mention, offers the mention bar and `[` / `]`, and tells the
 * panel what text is selected, for "Add entity from selection".
 */
export function EntityMarksPlugin({ blocks }: EntityMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const entities = useEntitiesContext();
  const { selectedId, selectedMentions, currentIndex, navSerial, goToMention } = entities;
  const { set: setReaderSelection } = useReaderSelectionState();
  const lengths = useMemo(() => blocks.map((block) => block.text.length), [blocks]);
  // Set by a move to another mention; the next paint that finds the mention drawn scrolls to it.
  const pendingScroll = useRef(false);

  const { selection } = useReaderSelection(editor, blocks);
  const selectedStart = selection?.range.start ?? null;
  const selectedEnd = selection?.range.end ?? null;
  useEffect(() => {
    setReaderSelection(
      selectedStart === null || selectedEnd === null
        ? null
        : { start: selectedStart, end: selectedEnd },
    );
  }, [selectedStart, selectedEnd, setReaderSelection]);
  useEffect(() => () => setReaderSelection(null), [setReaderSelection]);

  // The mentions' DOM ranges, kept while neither the mentions nor the editor's DOM change, so
  // stepping through thousands of mentions repaints only the current one.
  const drawn = useRef<{ mentions: readonly Mention[]; ranges: (Range | null)[] } | null>(null);

  const paint = useCallback(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    if (selectedId === null) {
      drawn.current = null;
      paintMentions([]);
      paintCurrent(null);
      for (const name of markAttributes) root.removeAttribute(name);
      return;
    }
    if (drawn.current?.mentions !== selectedMentions) {
      const ranges = editor.read(() => {
        const layout = $textLayout(lengths);
        return selectedMentions.map((mention) => $domRangeOf(editor, mention, layout));
      });
      drawn.current = { mentions: selectedMentions, ranges };
      paintMentions(ranges.filter((range): range is Range => range !== null));
    }
    const current = drawn.current.ranges[currentIndex] ?? null;
    paintCurrent(current);
    root.setAttribute('data-entity-marked', selectedId);
    root.setAttribute('data-entity-mention-count', String(selectedMentions.length));
    root.setAttribute(
      'data-entity-current-mention',
      String(selectedMentions.length === 0 ? 0 : currentIndex + 1),
    );
    if (pendingScroll.current && current !== null) {
      pendingScroll.current = false;
      scrollToRange(root, current, !reducedMotion());
    }
  }, [editor, lengths, selectedId, selectedMentions, currentIndex]);

  const latestPaint = useRef(paint);
  useLayoutEffect(() => {
    latestPaint.current = paint;
  });

  useEffect(() => {
    paint();
  }, [paint]);

  useEffect(() => {
    // A redrawn block has new text nodes: the ranges must be taken again.
    const repaint = () => {
      drawn.current = null;
      latestPaint.current();
    };
    return mergeRegister(
      editor.registerUpdateListener(repaint),
      editor.registerRootListener(repaint),
    );
  }, [editor]);

  // Declared after the paint effect, so that one has already painted the mention to scroll to.
  const scrolledFor = useRef(-1);
  useEffect(() => {
    if (scrolledFor.current === navSerial) return;
    scrolledFor.current = navSerial;
    pendingScroll.current = true;
    paint();
  }, [navSerial, paint]);

  // The marks belong to this reader: gone with it (another document, or none open).
  useEffect(
    () => () => {
      paintMentions([]);
      paintCurrent(null);
      const root = editor.getRootElement();
      for (const name of markAttributes) root?.removeAttribute(name);
    },
    [editor],
  );

  const count = selectedMentions.length;
  const step = useCallback(
    (delta: -1 | 1) => {
      if (count > 0) goToMention((currentIndex + delta + count) % count);
    },
    [count, currentIndex, goToMention],
  );
  useMentionKeys(selectedId === null ? null : step);

  const entity = selectedId === null ? undefined : entities.entityById.get(selectedId);
  if (!entity) return null;
  return (
    <MentionNavigator
      entity={entity}
      index={currentIndex}
      count={count}
      onStep={step}
      onClose={() => entities.select(null)}
    />
  );
}
