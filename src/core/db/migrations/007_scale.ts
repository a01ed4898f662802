import type { Migration } from './types';

/**
 * Indexes for large libraries (issue 21).
 *
 * `mentions_by_document_entity` holds every column the library list's entity count and the
 * Entities panel's "which entities does this document mention" read, so both are answered
 * from the index alone, without a table lookup per mention: the library list reads it once
 * for every document.
 *
 * Numbered 007 for the merge (006 is another branch's migration); its version follows
 * the list it is in, and is renumbered with the file when those land (IF NOT EXISTS: a library
 * that ran it under another number is not refused).
 */
export const scale007: Migration = {
  version: 6,
  name: 'scale',
  up(db) {
    db.exec(
      `CREATE INDEX IF NOT EXISTS mentions_by_document_entity ON mentions (document_id, version, entity_id);`,
    );
  },
};
