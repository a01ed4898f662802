import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, thrown, type TestLibrary } from './testing';

const text = (title: string) => `${title}\n\nSeoul will pay more for the alliance.\n\nMore text.`;

describe('trash service', () => {
  let library: TestLibrary;

  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  const add = (title: string) => library.documents.importText({ text: text(title) }).id;
  /** A highlight on "Seoul" with a note, and a document note. */
  const annotate = (documentId: string) => {
    const highlight = library.annotations.create({ documentId, start: 0, end: 5, color: 'blue' });
    library.notes.save({ documentId, highlightId: highlight.id, body: 'Who pays', tags: ['x'] });
    library.notes.save({ documentId, highlightId: null, body: 'On the whole', tags: [] });
    return highlight;
  };
  const count = (sql: string): unknown => library.db.prepare(sql).pluck().get();

  it('lists the Trash most recently deleted first, with dates and counts', () => {
    const first = add('First');
    const second = add('Second');
    add('Kept');
    annotate(first);
    library.documents.delete(first);
    library.documents.delete(second);
    const trashed = library.trash.list();
    expect(trashed.map((doc) => doc.title)).toEqual(['Second', 'First']);
    expect(trashed[1]).toMatchObject({ id: first, highlightCount: 1, noteCount: 2 });
    const [newer, older] = trashed.map((doc) => doc.deletedAt);
    expect(older && newer && older < newer).toBe(true);
    expect(library.documents.list().map((doc) => doc.title)).toEqual(['Kept']);
  });

  it('restores a document with its highlights and notes exactly as they were', () => {
    const id = add('Article');
    annotate(id);
    const before = library.dump();
    library.documents.delete(id);
    expect(library.trash.restore(id)).toMatchObject({ id, title: 'Article', highlightCount: 1 });
    expect(library.dump()).toEqual(before);
    expect(library.trash.list()).toEqual([]);
    expect(library.annotations.list(id).notes.map((note) => note.body)).toEqual([
      'Who pays',
      'On the whole',
    ]);
  });

  it('keeps the annotations of a trashed document out of reach', () => {
    const id = add('Article');
    const highlight = annotate(id);
    const note = library.annotations.list(id).notes[0];
    library.documents.delete(id);
    const before = library.dump();
    const inTrash = '“Article” is in the Trash; restore it to use it again.';
    for (const run of [
      () => library.annotations.list(id),
      () => library.annotations.create({ documentId: id, start: 0, end: 5, color: 'pink' }),
      () => library.notes.save({ documentId: id, highlightId: null, body: 'x', tags: [] }),
    ]) {
      expect(thrown(run)).toMatchObject({ code: 'not_found', message: inTrash });
    }
    expect(thrown(() => library.annotations.update({ id: highlight.id, color: 'pink' })).code).toBe(
      'not_found',
    );
    expect(thrown(() => library.annotations.delete(highlight.id)).code).toBe('not_found');
    expect(thrown(() => library.notes.delete(note?.id ?? '')).code).toBe('not_found');
    expect(library.dump()).toEqual(before);
  });

  it('empties the given documents for good, cascading to everything of theirs', () => {
    const gone = add('Gone');
    const waiting = add('Waiting');
    const kept = add('Kept');
    for (const id of [gone, waiting, kept]) annotate(id);
    library.documents.replaceText({ id: gone, text: `${text('Gone')}\n\nA second version.` });
    library.documents.delete(gone);
    library.documents.delete(waiting);

    expect(library.trash.empty([gone, gone])).toEqual({ removed: 1 });
    expect(library.trash.list().map((doc) => doc.id)).toEqual([waiting]);
    for (const table of ['document_versions', 'highlights', 'notes']) {
      expect(count(`SELECT count(*) FROM ${table} WHERE document_id = '${gone}'`)).toBe(0);
      expect(count(`SELECT count(*) FROM ${table} WHERE document_id = '${waiting}'`)).not.toBe(0);
    }
    expect(count(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'gone'`)).toBe(0);
    expect(count(`SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'pays'`)).toBe(2);
    expect(count(`SELECT count(*) FROM highlights_fts`)).toBe(2);
    expect(library.documents.list().map((doc) => doc.id)).toEqual([kept]);
  });

  it('empties the whole Trash, leaving the library alone', () => {
    const kept = add('Kept');
    library.documents.delete(add('One'));
    library.documents.delete(add('Two'));
    expect(library.trash.empty()).toEqual({ removed: 2 });
    expect(library.trash.list()).toEqual([]);
    expect(count(`SELECT count(*) FROM documents`)).toBe(1);
    expect(library.documents.list().map((doc) => doc.id)).toEqual([kept]);
    expect(library.trash.empty()).toEqual({ removed: 0 });
  });

  it('refuses ids that are not in the Trash, and then changes nothing', () => {
    const live = add('Live');
    const trashed = add('Trashed');
    library.documents.delete(trashed);
    const before = library.dump();

    const emptyLive = thrown(() => library.trash.empty([trashed, live]));
    expect(emptyLive).toMatchObject({
      code: 'not_found',
      message: '“Live” is not in the Trash; it is still in the library.',
    });
    expect(thrown(() => library.trash.restore(live)).message).toBe(emptyLive.message);
    expect(thrown(() => library.trash.restore('nope')).message).toBe(
      'There is no document with id "nope" in the Trash; it may have been removed for good.',
    );
    expect(library.dump()).toEqual(before);

    library.trash.empty([trashed]);
    expect(thrown(() => library.trash.restore(trashed)).code).toBe('not_found');
    expect(thrown(() => library.documents.get(trashed)).message).toBe(
      `There is no document with id "${trashed}" in the library; it may have been deleted.`,
    );
  });
});
