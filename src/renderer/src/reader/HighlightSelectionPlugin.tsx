import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { idsOfMark, markSelected, revealHighlight, showSelected } from './highlightDom';
import { HighlightMarkNode } from './HighlightMarkNode';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Makes highlights clickable and shows which one is selected. A click on a segment selects its
 * innermost highlight; clicking the same segment again steps outwards through the others that
 * cover it, so every one of several overlapping highlights can be reached.
 */
export function HighlightSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { selectedId, select, revealRequest } = useAnnotationsContext();
  const selected = useRef(selectedId);
  const lastClicked = useRef<Element | null>(null);

  useEffect(() => {
    selected.current = selectedId;
    const root = editor.getRootElement();
    if (root) showSelected(root, selectedId);
  }, [editor, selectedId]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // The end of a drag or a double-click is a text selection, not a click on a highlight.
      if (window.getSelection()?.isCollapsed === false) return;
      const target = event.target instanceof Element ? event.target : null;
      const mark = target?.closest('mark[data-highlight-ids]') ?? null;
      if (mark === null) {
        lastClicked.current = null;
        if (selected.current !== null) select(null);
        return;
      }
      const ids = idsOfMark(mark);
      const current = selected.current === null ? -1 : ids.indexOf(selected.current);
      const again = lastClicked.current === mark && current >= 0;
      lastClicked.current = mark;
      const next = ids[again ? (current + 1) % ids.length : 0];
      if (next !== undefined) select(next, 'notes');
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      // Redrawn blocks get new mark elements: the ring goes on those of them that belong to the
      // selected highlight. Only the marks Lexical made or changed are looked at: searching the
      // whole article for them took milliseconds of every update on a 1 MB document.
      editor.registerMutationListener(
        HighlightMarkNode,
        (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const mark = editor.getElementByKey(key);
            if (mark) markSelected(mark, selected.current);
          }
        },
        { skipInitialization: true },
      ),
    );
  }, [editor, select]);

  useEffect(() => {
    if (revealRequest?.where !== 'reader') return;
    const root = editor.getRootElement();
    if (root) revealHighlight(root, revealRequest.id, reducedMotion());
  }, [editor, revealRequest]);

  return null;
}
