import type { Migration } from './types';

/**
 * Large libraries, second step (issue 21).
 *
 * `formatted_references`: each document's reference as one citation style prints it alone
 * (citeproc, about 2.5 ms a reference), kept with a digest of what it was formatted from (the
 * CSL item and the style), so a changed reference or style is formatted again and an unchanged
 * one never is. The Anki export and `gloss cite` read it; without it an Anki export of 10,000
 * documents spent 25 s in citeproc at every run.
 *
 * Two covering indexes on `documents`: the columns added after `blocks` and `body` (version,
 * deleted_at, format, the page counts) sit behind the text's overflow pages, so every read of
 * them walked the text. `documents_listed` answers the library list (in its order) from the
 * index alone; `documents_current` answers the joins that only ask whether a document is in the
 * library and which version is current (entity cards, note links, review), by id.
 */
export const formattedReferences012: Migration = {
  version: 12,
  name: 'formatted references',
  up(db) {
    db.exec(`
      CREATE TABLE formatted_references (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        style TEXT NOT NULL,
        source TEXT NOT NULL,
        entry TEXT NOT NULL,
        PRIMARY KEY (document_id, style)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX documents_listed ON documents (deleted_at, added_at DESC,
        title COLLATE NOCASE, id, source, version, char_count, format, page_count, chapter_count);

      CREATE INDEX documents_current ON documents (id, version, deleted_at, title, added_at);
    `);
  },
};
