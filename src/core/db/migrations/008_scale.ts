import type { Migration } from './types';

/**
 * Indexes for large libraries (issue 21).
 *
 * `mentions_by_document_entity` holds every column the library list's entity count and the
 * Entities panel's "which entities does this document mention" read, so both are answered
 * from the index alone, without a table lookup per mention: the library list reads it once
 * for every document.
 */
export const scale008: Migration = {
  version: 8,
  name: 'scale',
  up(db) {
    db.exec(
      `CREATE INDEX mentions_by_document_entity ON mentions (document_id, version, entity_id);`,
    );
  },
};
