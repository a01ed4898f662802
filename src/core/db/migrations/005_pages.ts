import type { Migration } from './types';

/**
 * PDF and EPUB documents: what each document was imported from, a book's language, page and
 * chapter counts and table of contents, and the page breaks of each version of the text.
 *
 * `document_versions.pages` holds where each page of the original begins in that version's
 * canonical text (`[{ "start": 0, "label": "1" }, ...]`), so a highlight knows its pages; it is
 * empty for text without pages, such as a new version pasted in. `documents.pages` mirrors the
 * current version's, as `blocks` and `body` do. Existing documents take their format from their
 * source's file extension; pasted text is 'text'.
 */
export const pages005: Migration = {
  version: 5,
  name: 'pages',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'text'
        CHECK (format IN ('text', 'markdown', 'html', 'pdf', 'epub'));
      ALTER TABLE documents ADD COLUMN language TEXT;
      ALTER TABLE documents ADD COLUMN page_count INTEGER CHECK (page_count >= 0);
      ALTER TABLE documents ADD COLUMN chapter_count INTEGER CHECK (chapter_count >= 0);
      ALTER TABLE documents ADD COLUMN toc TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(toc) AND json_type(toc) = 'array');
      ALTER TABLE documents ADD COLUMN pages TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(pages) AND json_type(pages) = 'array');
      ALTER TABLE document_versions ADD COLUMN pages TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(pages) AND json_type(pages) = 'array');

      UPDATE documents SET format = CASE
        WHEN lower(source) GLOB '*.md' OR lower(source) GLOB '*.markdown' THEN 'markdown'
        WHEN lower(source) GLOB '*.html' OR lower(source) GLOB '*.htm' THEN 'html'
        ELSE 'text' END;
    `);
  },
};
