import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../shared/annotations';
import { openTestLibrary, thrown, type TestLibrary } from '../library/testing';

describe('notes service', () => {
  let library: TestLibrary;
  let documentId: string;
  let otherDocumentId: string;
  let highlight: Highlight;

  beforeEach(async () => {
    library = await openTestLibrary();
    documentId = library.documents.importText({ text: 'Seoul pays more for U.S. troops.' }).id;
    otherDocumentId = library.documents.importText({ text: 'Tokyo hosts a carrier.' }).id;
    highlight = library.annotations.create({ documentId, start: 0, end: 5, color: 'yellow' });
  });

  afterEach(() => library.close());

  const refused = (run: () => unknown) => {
    const before = library.dump();
    const error = thrown(run);
    expect(library.dump()).toEqual(before);
    return error;
  };

  const notesOf = (id: string) => library.annotations.list(id).notes;

  it('creates a highlight note, then updates the same note when saved again', () => {
    const note = library.notes.save({
      documentId,
      highlightId: highlight.id,
      body: '# Seoul\n\nPays *more*.',
      tags: ['korea', 'korea', 'costs'],
    });
    expect(note).toEqual({
      id: 'n-1',
      documentId,
      highlightId: highlight.id,
      body: '# Seoul\n\nPays *more*.',
      tags: ['korea', 'costs'],
      createdAt: note.createdAt,
      updatedAt: note.createdAt,
    });
    const again = library.notes.save({
      documentId,
      highlightId: highlight.id,
      body: 'Rewritten.',
      tags: [],
    });
    expect(again).toEqual({ ...note, body: 'Rewritten.', tags: [], updatedAt: again.updatedAt });
    expect(again.updatedAt > note.updatedAt).toBe(true);
    expect(notesOf(documentId)).toEqual([again]);
  });

  it('creates any number of document notes and updates one by id', () => {
    const first = library.notes.save({ documentId, highlightId: null, body: 'One.', tags: [] });
    const second = library.notes.save({ documentId, highlightId: null, body: 'Two.', tags: [] });
    expect(first.id).not.toBe(second.id);
    const edited = library.notes.save({
      id: first.id,
      documentId,
      highlightId: null,
      body: 'One, edited.',
      tags: ['draft'],
    });
    expect(edited).toMatchObject({ id: first.id, body: 'One, edited.', tags: ['draft'] });
    expect(edited.createdAt).toBe(first.createdAt);
    expect(notesOf(documentId)).toEqual([edited, second]);
  });

  it('makes note bodies searchable', () => {
    library.notes.save({ documentId, highlightId: null, body: 'Burden sharing talks.', tags: [] });
    const found = library.db
      .prepare(`SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'burden'`)
      .pluck()
      .get();
    expect(found).toBe(1);
  });

  it('refuses a note for a missing document or highlight, or another document’s highlight', () => {
    const save = (input: { documentId: string; highlightId: string | null; id?: string }) =>
      refused(() => library.notes.save({ body: 'x', tags: [], ...input }));
    expect(save({ documentId: 'gone', highlightId: null }).code).toBe('not_found');
    expect(save({ documentId, highlightId: 'gone' })).toMatchObject({
      code: 'not_found',
      message: 'There is no highlight with id "gone"; it may have been deleted.',
    });
    expect(save({ documentId: otherDocumentId, highlightId: highlight.id })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/belongs to another document/u),
    });
    expect(save({ id: 'gone', documentId, highlightId: null })).toMatchObject({
      code: 'not_found',
      message: 'There is no note with id "gone"; it may have been deleted.',
    });
  });

  it('refuses to move a note to another highlight or document through an update', () => {
    const note = library.notes.save({ documentId, highlightId: null, body: 'x', tags: [] });
    const move = (input: { documentId: string; highlightId: string | null }) =>
      refused(() => library.notes.save({ id: note.id, body: 'y', tags: [], ...input }));
    expect(move({ documentId, highlightId: highlight.id }).code).toBe('invalid_input');
    expect(move({ documentId: otherDocumentId, highlightId: null }).code).toBe('invalid_input');
  });

  it('deletes a note but not its highlight, and restores it with the same id', () => {
    const note = library.notes.save({
      documentId,
      highlightId: highlight.id,
      body: 'x',
      tags: ['t'],
    });
    expect(library.notes.delete(note.id)).toEqual(note);
    expect(library.annotations.list(documentId)).toEqual({ highlights: [highlight], notes: [] });
    expect(library.notes.restore(note)).toEqual(note);
    expect(notesOf(documentId)).toEqual([note]);
    expect(refused(() => library.notes.delete('gone')).code).toBe('not_found');
  });

  it('refuses a restore that clashes or has nowhere to go, changing nothing', () => {
    const note = library.notes.save({ documentId, highlightId: highlight.id, body: 'x', tags: [] });
    expect(refused(() => library.notes.restore(note))).toMatchObject({
      code: 'invalid_input',
      message: `A note with id "${note.id}" already exists; nothing was restored.`,
    });
    expect(refused(() => library.notes.restore({ ...note, id: 'n-9' }))).toMatchObject({
      code: 'invalid_input',
      message: `The highlight "${highlight.id}" already has a note; nothing was restored.`,
    });
    library.notes.delete(note.id);
    library.annotations.delete(highlight.id);
    expect(refused(() => library.notes.restore(note)).code).toBe('not_found');
    const elsewhere = { ...note, documentId: 'gone', highlightId: null };
    expect(refused(() => library.notes.restore(elsewhere)).code).toBe('not_found');
  });
});
