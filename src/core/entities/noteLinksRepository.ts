import type Database from 'better-sqlite3';
import type { NoteLinkKind } from '../../shared/entities';
import { maxMentionLength } from './limits';

/** A link between a note and an entity, with the note's document. */
export interface LinkRow {
  noteId: string;
  entityId: string;
  documentId: string;
}

export interface StoredLink extends LinkRow {
  kind: NoteLinkKind;
  suppressed: boolean;
}

type StoredLinkRow = Omit<StoredLink, 'suppressed'> & { suppressed: number };

type Scope = 'documentId' | 'entityId' | 'noteId';

/** Which links to read: of one document, entity or note; null for the whole library. */
export type LinkScope = { documentId: string } | { entityId: string } | { noteId: string } | null;

/*
 * Links of notes in trashed documents are left out of every read, like the notes themselves.
 * Automatic links are derived, never stored: a note whose highlight (not orphaned) overlaps a
 * mention of the current text links to that mention's entity, unless the entity is hidden or
 * the user removed that link (a suppression row). Deriving them on read means no highlight,
 * note or extraction change can leave a stale link behind. The search starts from the notes
 * (few) and finds mentions through the position index: a mention is at most maxMentionLength
 * long, so one starting that far before the highlight cannot reach it.
 */
const autoSql = (where: string): string => `
  SELECT DISTINCT n.id AS noteId, m.entity_id AS entityId, n.document_id AS documentId
  FROM notes n
  JOIN highlights h ON h.id = n.highlight_id AND h.status <> 'orphaned'
  JOIN documents d ON d.id = n.document_id AND d.deleted_at IS NULL
  JOIN mentions m ON m.document_id = n.document_id AND m.version = d.version
    AND m.start > h.start - ${maxMentionLength} AND m.start < h."end" AND m."end" > h.start
  JOIN entities e ON e.id = m.entity_id AND e.hidden = 0
  WHERE NOT EXISTS (
      SELECT 1 FROM note_entity_links s
      WHERE s.note_id = n.id AND s.entity_id = m.entity_id AND s.suppressed = 1)
    ${where}`;

// Stored links count only while their note exists (see migration 3 on why no foreign key)
// and its document is not in the Trash.
const storedSql = (where: string): string => `
  SELECT l.note_id AS noteId, l.entity_id AS entityId, l.document_id AS documentId, l.kind,
    l.suppressed
  FROM note_entity_links l JOIN notes n ON n.id = l.note_id
  JOIN documents d ON d.id = l.document_id AND d.deleted_at IS NULL
  WHERE 1 ${where}`;

const fromStored = ({ suppressed, ...row }: StoredLinkRow): StoredLink => ({
  ...row,
  suppressed: suppressed === 1,
});

/** The SQL for links between notes and entities (migration 3). */
export const createNoteLinksRepository = (db: Database.Database) => {
  const prepareEach = <T>(sql: (where: string) => string, column: Record<Scope, string>) => ({
    all: db.prepare<string[], T>(sql('')),
    documentId: db.prepare<string[], T>(sql(`AND ${column.documentId} = ?`)),
    entityId: db.prepare<string[], T>(sql(`AND ${column.entityId} = ?`)),
    noteId: db.prepare<string[], T>(sql(`AND ${column.noteId} = ?`)),
  });
  const auto = prepareEach<LinkRow>(autoSql, {
    documentId: 'n.document_id',
    entityId: 'm.entity_id',
    noteId: 'n.id',
  });
  const stored = prepareEach<StoredLinkRow>(storedSql, {
    documentId: 'l.document_id',
    entityId: 'l.entity_id',
    noteId: 'l.note_id',
  });
  const statements = {
    find: db.prepare<[string, string], StoredLinkRow>(
      `SELECT note_id AS noteId, entity_id AS entityId, document_id AS documentId, kind,
         suppressed
       FROM note_entity_links WHERE note_id = ? AND entity_id = ?`,
    ),
    insert: db.prepare<[StoredLinkRow & { createdAt: string }]>(
      `INSERT INTO note_entity_links (note_id, entity_id, document_id, kind, suppressed,
         created_at)
       VALUES (@noteId, @entityId, @documentId, @kind, @suppressed, @createdAt)`,
    ),
    remove: db.prepare<[string, string]>(
      `DELETE FROM note_entity_links WHERE note_id = ? AND entity_id = ?`,
    ),
    // Where both entities had a row for a note, the one kept is the target's.
    moveEntity: db.prepare<[string, string]>(
      `UPDATE OR IGNORE note_entity_links SET entity_id = ? WHERE entity_id = ?`,
    ),
    removeEntity: db.prepare<[string]>(`DELETE FROM note_entity_links WHERE entity_id = ?`),
  };

  const scoped = (scope: LinkScope): [Scope | 'all', string[]] => {
    if (scope === null) return ['all', []];
    if ('documentId' in scope) return ['documentId', [scope.documentId]];
    if ('entityId' in scope) return ['entityId', [scope.entityId]];
    return ['noteId', [scope.noteId]];
  };

  return {
    /** Automatic links not suppressed, in a scope (null: the whole library). */
    auto: (scope: LinkScope): LinkRow[] => {
      const [key, args] = scoped(scope);
      return auto[key].all(...args);
    },
    /** Manual links and suppressions of existing notes, in a scope. */
    stored: (scope: LinkScope): StoredLink[] => {
      const [key, args] = scoped(scope);
      return stored[key].all(...args).map(fromStored);
    },
    find: (noteId: string, entityId: string): StoredLink | undefined => {
      const row = statements.find.get(noteId, entityId);
      return row && fromStored(row);
    },
    insert: (link: StoredLink, createdAt: string): void => {
      statements.insert.run({ ...link, suppressed: link.suppressed ? 1 : 0, createdAt });
    },
    remove: (noteId: string, entityId: string): void => {
      statements.remove.run(noteId, entityId);
    },
    /** The links of `from` move to `to` (a merge). */
    moveEntity: (from: string, to: string): void => {
      statements.moveEntity.run(to, from);
      statements.removeEntity.run(from);
    },
  };
};

export type NoteLinksRepository = ReturnType<typeof createNoteLinksRepository>;
