import type { GlossDocument } from '../../../shared/model';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import { MetaSeparator } from '../ui/MetaSeparator';
import { articleProvenance, articleTitleClass } from '../../../shared/articleMeta';

interface ArticleHeaderProps {
  doc: GlossDocument;
  onShowShortcuts(): void;
}

/** Title and provenance: metadata, so it sits outside the Lexical view of the canonical text. */
export function ArticleHeader({ doc, onShowShortcuts }: ArticleHeaderProps) {
  const { byline, origin, date } = articleProvenance(doc);
  return (
    <header className="article-header">
      <h1 className={articleTitleClass(doc.title)}>{doc.title}</h1>
      <div className="article-meta-row">
        <p className="article-meta">
          {byline && (
            <>
              <span className="article-byline">{byline}</span>
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
