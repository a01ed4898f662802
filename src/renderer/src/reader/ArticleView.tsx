import type { ReactNode, Ref } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import type { Block } from '../../../shared/model';
import { useAnnotationsContext, usePendingHighlights } from '../annotations/AnnotationsContext';
import './highlights.css';
import { BlocksPlugin } from './BlocksPlugin';
import { BlockGroupNode } from './BlockGroupNode';
import { HighlightMarkNode } from './HighlightMarkNode';
import { HighlightSelectionPlugin } from './HighlightSelectionPlugin';
import { SelectionPlugin } from './SelectionPlugin';
import { readerTheme } from './readerTheme';
import type { ReaderHandle } from './ReaderHandle';

const initialConfig: InitialConfigType = {
  namespace: 'GlossReader',
  // Read-only: the text is the imported canonical text and never changes in place.
  editable: false,
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, HighlightMarkNode, BlockGroupNode],
  theme: readerTheme,
  onError: (error) => {
    console.error('gloss: reader error', error);
  },
};

/** The open article, as the plugins of other features see it. */
export interface ArticleContext {
  documentId: string;
  blocks: readonly Block[];
}

/**
 * Lexical plugins that other features add to the article (entity marks, search hits). The app
 * passes them in, so the reader depends on none of those features.
 */
export type ArticlePlugins = (article: ArticleContext) => ReactNode;

interface ArticleViewProps extends ArticleContext {
  plugins?: ArticlePlugins;
  ref?: Ref<ReaderHandle>;
}

/**
 * The article body: a read-only Lexical view whose text stays selectable, with the document's
 * highlights drawn in it and the selection toolbar over it.
 */
export function ArticleView({ documentId, blocks, plugins, ref }: ArticleViewProps) {
  const { highlights } = useAnnotationsContext();
  const pending = usePendingHighlights();
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="article-text"
            data-testid="reader-content"
            aria-label="Article text"
            // Lexical defaults to a textbox; an article keeps headings and paragraphs navigable
            // for screen readers. The textbox-only attributes it adds do not apply to it.
            role="article"
            aria-readonly={undefined}
            aria-autocomplete={undefined}
            spellCheck={false}
            // Focusable, so keyboard users can reach the text and select it with Shift+arrows.
            tabIndex={0}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <BlocksPlugin blocks={blocks} highlights={highlights} pending={pending} ref={ref} />
      <HighlightSelectionPlugin />
      <SelectionPlugin blocks={blocks} />
      {plugins?.({ documentId, blocks })}
    </LexicalComposer>
  );
}
