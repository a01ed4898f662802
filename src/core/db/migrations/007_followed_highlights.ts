import type { Migration } from './types';

/**
 * Highlights that follow their words through new versions of the text, and undo of an update.
 *
 * `highlights.edited_from` holds the quote a highlight had before a new version changed some of
 * its words (it follows the rest); NULL for every other highlight, and once the user keeps the
 * new words or re-attaches it.
 *
 * `version_updates` records what an update replaced: for the version it made current, the version
 * that was current before and the document's highlights exactly as they were on it (a JSON array
 * of highlights), so undoing the update can put them all back. It goes with its version rows.
 */
/** Issue 19 was given number 006; main's references took version 6, so this is version 7. */
export const followedHighlights007: Migration = {
  version: 7,
  name: 'followed highlights',
  up(db) {
    db.exec(`
      ALTER TABLE highlights ADD COLUMN edited_from TEXT
        CHECK (edited_from IS NULL OR length(edited_from) > 0);

      CREATE TABLE version_updates (
        document_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        replaced_version INTEGER NOT NULL,
        highlights TEXT NOT NULL CHECK (json_valid(highlights) AND json_type(highlights) = 'array'),
        PRIMARY KEY (document_id, version),
        FOREIGN KEY (document_id, version) REFERENCES document_versions (document_id, version)
          ON DELETE CASCADE,
        FOREIGN KEY (document_id, replaced_version)
          REFERENCES document_versions (document_id, version) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
