import { randomUUID } from 'node:crypto';
import type { Highlight, Note } from '../../shared/annotations';
import type { ParsedInput } from '../../shared/contract';
import type { Store } from '../db/store';
import { missingDocument, highlightNotFound, invalidInput, noteNotFound } from '../errors';
import { uniqueTags } from '../annotations/ranges';

export interface NotesServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

/** Notes of highlights and of whole documents; every write is one transaction. */
export const createNotesService = (
  store: Store,
  { now = () => new Date(), newId = randomUUID }: NotesServiceOptions = {},
) => {
  const stamp = (): string => now().toISOString();

  const requireDocument = (documentId: string): void => {
    if (!store.versions.documentExists(documentId)) throw missingDocument(store, documentId);
  };

  /** The highlight a note is for, which must be one of the note's document. */
  const requireHighlightOf = (documentId: string, highlightId: string): Highlight => {
    const highlight = store.highlights.find(highlightId);
    if (!highlight) throw highlightNotFound(highlightId);
    if (highlight.documentId !== documentId) {
      throw invalidInput(
        `The highlight "${highlightId}" belongs to another document; a note can only be ` +
          'attached to a highlight of its own document.',
      );
    }
    return highlight;
  };

  const rewrite = (note: Note, body: string, tags: readonly string[]): Note => {
    const updated: Note = { ...note, body, tags: uniqueTags(tags), updatedAt: stamp() };
    store.notes.update(updated);
    return updated;
  };

  const updateById = (input: ParsedInput<'notes.save'>, id: string): Note => {
    const note = store.notes.find(id);
    if (!note) throw noteNotFound(id);
    if (note.documentId !== input.documentId || note.highlightId !== input.highlightId) {
      throw invalidInput(
        `The note "${id}" belongs to another document or highlight; a note cannot be moved.`,
      );
    }
    return rewrite(note, input.body, input.tags);
  };

  return {
    /**
     * With an id, updates that note; else the note of highlightId (created, or updated when
     * that highlight already has one) or a new document note.
     */
    save: (input: ParsedInput<'notes.save'>): Note =>
      store.write(() => {
        if (input.id !== undefined) return updateById(input, input.id);
        requireDocument(input.documentId);
        if (input.highlightId !== null) {
          requireHighlightOf(input.documentId, input.highlightId);
          const existing = store.notes.findByHighlight(input.highlightId);
          if (existing) return rewrite(existing, input.body, input.tags);
        }
        const time = stamp();
        const note: Note = {
          id: newId(),
          documentId: input.documentId,
          highlightId: input.highlightId,
          body: input.body,
          tags: uniqueTags(input.tags),
          createdAt: time,
          updatedAt: time,
        };
        store.notes.insert(note);
        return note;
      }),

    /** Deletes the note only (its highlight stays); returns it for undo. */
    delete: (id: string): Note =>
      store.write(() => {
        const note = store.notes.find(id);
        if (!note) throw noteNotFound(id);
        store.notes.remove(id);
        return note;
      }),

    /** Puts back a deleted note exactly as given (undo). */
    restore: (note: Note): Note =>
      store.write(() => {
        requireDocument(note.documentId);
        if (store.notes.find(note.id)) {
          throw invalidInput(`A note with id "${note.id}" already exists; nothing was restored.`);
        }
        if (note.highlightId !== null) {
          requireHighlightOf(note.documentId, note.highlightId);
          if (store.notes.findByHighlight(note.highlightId)) {
            throw invalidInput(
              `The highlight "${note.highlightId}" already has a note; nothing was restored.`,
            );
          }
        }
        store.notes.insert(note);
        return note;
      }),
  };
};

export type NotesService = ReturnType<typeof createNotesService>;
