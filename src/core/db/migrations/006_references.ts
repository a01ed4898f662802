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
 */
export const references006: Migration = {
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
