import type { GlossDocument } from '../../../shared/model';
import { formatDate } from '../format/dates';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import { MetaSeparator } from '../ui/MetaSeparator';

const longTitle = 60;

interface ArticleHeaderProps {
  doc: GlossDocument;
  onShowShortcuts(): void;
}

/** Title and provenance: metadata, so it sits outside the Lexical view of the canonical text. */
export function ArticleHeader({ doc, onShowShortcuts }: ArticleHeaderProps) {
  const origin = doc.siteName ?? doc.source;
  // Titles derived from a first sentence can run long; a smaller size keeps them a title.
  const titleClass =
    doc.title.length > longTitle ? 'article-title article-title-long' : 'article-title';
  const date = doc.publishedAt ? formatDate(doc.publishedAt) : `Added ${formatDate(doc.addedAt)}`;
  return (
    <header className="article-header">
      <h1 className={titleClass}>{doc.title}</h1>
      <div className="article-meta-row">
        <p className="article-meta">
          {doc.byline && (
            <>
              <span className="article-byline">{doc.byline}</span>
              <MetaSeparator />
            </>
          )}
          <span className="article-source">{origin}</span>
          <MetaSeparator />
          <span className="article-date">{date}</span>
        </p>
        <ShortcutsButton onClick={onShowShortcuts} />
      </div>
    </header>
  );
}
