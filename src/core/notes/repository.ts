import type Database from 'better-sqlite3';
import type { Note } from '../../shared/annotations';

type NoteRow = Omit<Note, 'tags'> & { tags: string };

const columns = `id, document_id AS documentId, highlight_id AS highlightId, body, tags,
  created_at AS createdAt, updated_at AS updatedAt`;

const fromRow = ({ tags, ...row }: NoteRow): Note => ({
  ...row,
  tags: JSON.parse(tags) as string[],
});

const toRow = ({ tags, ...note }: Note): NoteRow => ({ ...note, tags: JSON.stringify(tags) });

// Asked of the one row found: `document_id IN (SELECT ...)` would list every document of the
// library at each call (issue 21: a cost that grew with the library, 10,000 ids a lookup).
const inLibrary = `EXISTS (SELECT 1 FROM documents d WHERE d.id = notes.document_id AND d.deleted_at IS NULL)`;

/** The SQL for notes (migration 2), prepared once per connection. */
export const createNotesRepository = (db: Database.Database) => {
  const statements = {
    // A note of a document in the Trash is out of reach until the document is restored.
    find: db.prepare<[string], NoteRow>(
      `SELECT ${columns} FROM notes WHERE id = ? AND ${inLibrary}`,
    ),
    findByHighlight: db.prepare<[string], NoteRow>(
      `SELECT ${columns} FROM notes WHERE highlight_id = ? AND ${inLibrary}`,
    ),
    list: db.prepare<[string], NoteRow>(
      `SELECT ${columns} FROM notes WHERE document_id = ? ORDER BY created_at, id`,
    ),
    listAll: db.prepare<[], NoteRow>(
      `SELECT ${columns} FROM notes ORDER BY document_id, created_at, id`,
    ),
    // seq only keys the full-text index (see migration 2); the next free number is fine.
    insert: db.prepare<[NoteRow]>(
      `INSERT INTO notes (id, seq, document_id, highlight_id, body, tags, created_at, updated_at)
       VALUES (@id, (SELECT coalesce(max(seq), 0) + 1 FROM notes), @documentId, @highlightId,
         @body, @tags, @createdAt, @updatedAt)`,
    ),
    update: db.prepare<[Pick<NoteRow, 'id' | 'body' | 'tags' | 'updatedAt'>]>(
      `UPDATE notes SET body = @body, tags = @tags, updated_at = @updatedAt WHERE id = @id`,
    ),
    remove: db.prepare<[string]>(`DELETE FROM notes WHERE id = ?`),
  };

  return {
    find: (id: string): Note | undefined => {
      const row = statements.find.get(id);
      return row && fromRow(row);
    },
    findByHighlight: (highlightId: string): Note | undefined => {
      const row = statements.findByHighlight.get(highlightId);
      return row && fromRow(row);
    },
    /** Oldest first. */
    listByDocument: (documentId: string): Note[] => statements.list.all(documentId).map(fromRow),
    /** Every note, Trash included, by document, each document's oldest first. */
    listAll: (): Note[] => statements.listAll.all().map(fromRow),
    /** Throws SQLite's constraint error for a duplicate id, a second note of a highlight, etc. */
    insert: (note: Note): void => {
      statements.insert.run(toRow(note));
    },
    /** Rewrites body, tags and updatedAt; a note never changes owner. */
    update: (note: Note): void => {
      const { id, body, tags, updatedAt } = toRow(note);
      statements.update.run({ id, body, tags, updatedAt });
    },
    remove: (id: string): boolean => statements.remove.run(id).changes > 0,
  };
};

export type NotesRepository = ReturnType<typeof createNotesRepository>;
