import type { Migration } from './types';

/**
 * References and citation keys (issue 14).
 *
 * One row per document: its reference as CSL-JSON (the fields of shared/citations/reference.ts)
 * and its citation key. Keys are unique in the library without regard to case, as BibTeX
 * compares them; a document in the Trash keeps its key, so restoring it never clashes.
 * `citekey_edited` is 1 once the user chose the key: Gloss then never derives it again.
 * Documents of an older library get their row on first use (core/citations/service.ts), from
 * the metadata their import stored.
 *
 * Planned as migration 8; its version is the next free number on the branch it lands in
 * (6 while migrations 6 and 7 are not merged yet): the lead renumbers at merge.
 */
export const references008: Migration = {
  version: 6,
  name: 'references',
  up(db) {
    db.exec(`
      CREATE TABLE document_references (
        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        citekey TEXT NOT NULL,
        citekey_edited INTEGER NOT NULL DEFAULT 0 CHECK (citekey_edited IN (0, 1)),
        csl TEXT NOT NULL CHECK (json_valid(csl) AND json_type(csl) = 'object'),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX document_references_by_citekey
        ON document_references (citekey COLLATE NOCASE);
    `);
  },
};
