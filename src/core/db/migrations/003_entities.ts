import { entityTypes } from '../../../shared/entities';
import type { Migration } from './types';

const typeCheck = (column: string): string =>
  `CHECK (${column} IN (${entityTypes.map((type) => `'${type}'`).join(', ')}))`;

/**
 * Longest mention stored, written into the CHECK below. A migration is frozen once shipped, so
 * the app's own copy lives in src/core/entities/limits.ts; the two are the same number.
 */
const maxMentionLength = 1000;

/**
 * Entities, their mentions, the user's corrections and the links between notes and entities.
 *
 * An entity is library-wide. `entity_aliases` maps a name as the extractor reports it (its type
 * as extracted, and its canonical name, or its value for dates, money and percentages) to the
 * entity it stands for; corrections add and move these keys, so a renamed or retyped entity is
 * found again by the next extraction. A merged entity stays as a row pointing at the one it was
 * merged into (`merged_into`), so ids held by the renderer or by stored corrections still lead
 * somewhere.
 *
 * `mentions` holds the mentions of the version named in `entity_extractions` only: extraction
 * replaces them all. `entity_corrections` logs every correction in order; splits and additions
 * are replayed on every extraction (see src/core/entities/mapping.ts).
 *
 * `note_entity_links` stores manual links and suppressed automatic ones; automatic links are
 * derived on read from highlights and mentions. note_id has no foreign key, so a note deleted
 * and put back by undo keeps its links; the document's foreign key clears them with it.
 */
export const entities003: Migration = {
  version: 3,
  name: 'entities',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id TEXT PRIMARY KEY NOT NULL,
        type TEXT NOT NULL ${typeCheck('type')},
        canonical TEXT NOT NULL CHECK (length(canonical) > 0),
        value TEXT,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        merged_into TEXT REFERENCES entities (id) CHECK (merged_into <> id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX entities_by_name ON entities (type, canonical);
      CREATE INDEX entities_by_merge ON entities (merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE entity_aliases (
        type TEXT NOT NULL ${typeCheck('type')},
        name TEXT NOT NULL CHECK (length(name) > 0),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        PRIMARY KEY (type, name)
      ) STRICT;

      CREATE INDEX entity_aliases_by_entity ON entity_aliases (entity_id);

      CREATE TABLE entity_extractions (
        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        extractor TEXT NOT NULL,
        extracted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start AND "end" - start <= ${maxMentionLength}),
        text TEXT NOT NULL CHECK (length(text) > 0)
      ) STRICT;

      CREATE INDEX mentions_by_position ON mentions (document_id, version, start);
      CREATE INDEX mentions_by_entity ON mentions (entity_id, document_id);
      CREATE INDEX mentions_by_text ON mentions (text);

      CREATE TABLE entity_corrections (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
          CHECK (kind IN ('rename', 'retype', 'merge', 'split', 'hide', 'add')),
        payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE note_entity_links (
        note_id TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual')),
        suppressed INTEGER NOT NULL CHECK (suppressed = (kind = 'auto')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (note_id, entity_id)
      ) STRICT;

      CREATE INDEX note_entity_links_by_document ON note_entity_links (document_id);
      CREATE INDEX note_entity_links_by_entity ON note_entity_links (entity_id);
    `);
  },
};
