import { useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import type { Block } from '../../../shared/model';
import { $renderBlocks } from './renderBlocks';
import type { ReaderHandle } from './ReaderHandle';

interface BlocksPluginProps {
  blocks: readonly Block[];
  ref?: Ref<ReaderHandle>;
}

const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Loads the document's blocks into the editor whenever they change, in one update. */
export function BlocksPlugin({ blocks, ref }: BlocksPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const blockKeys = useRef<NodeKey[]>([]);

  // A layout effect and a discrete update put the text on screen in the first paint, with no
  // flash of an empty reader.
  useLayoutEffect(() => {
    editor.update(
      () => {
        blockKeys.current = $renderBlocks(blocks);
      },
      { discrete: true },
    );
  }, [editor, blocks]);

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
