import type { Ref } from 'react';
import { InlineError } from '../ui/InlineError';
import { ArticleHeader } from './ArticleHeader';
import { ArticleView, type ArticlePlugins } from './ArticleView';
import { ReaderEmpty } from './ReaderEmpty';
import type { ReaderHandle } from './ReaderHandle';
import type { OpenDocument } from './useOpenDocument';

/** What to say when no document is open; null shows a blank page (e.g. while starting up). */
export interface ReaderPlaceholder {
  title: string;
  hint: string;
}

interface ReaderBodyProps {
  open: OpenDocument;
  placeholder: ReaderPlaceholder | null;
  onShowShortcuts(): void;
  plugins?: ArticlePlugins;
  ref?: Ref<ReaderHandle>;
}

/** What the reader shows for each state of the open document. */
export function ReaderBody({ open, placeholder, onShowShortcuts, plugins, ref }: ReaderBodyProps) {
  switch (open.status) {
    case 'none':
      return placeholder && <ReaderEmpty title={placeholder.title} hint={placeholder.hint} />;
    case 'loading':
      return (
        <p className="reader-status" role="status">
          Opening…
        </p>
      );
    case 'error':
      return <InlineError title="This document could not be opened." message={open.message} />;
    case 'ready':
      return (
        <div className="article">
          <ArticleHeader doc={open.doc} onShowShortcuts={onShowShortcuts} />
          <ArticleView documentId={open.id} blocks={open.doc.blocks} plugins={plugins} ref={ref} />
        </div>
      );
  }
}
