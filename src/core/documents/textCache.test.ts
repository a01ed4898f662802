import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../library/testing';

/** The versions repository keeps the current text of recent documents (versionsRepository.ts). */
describe('the kept copy of a document text', () => {
  let library: TestLibrary;

  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  const quoteOf = (documentId: string, start: number, end: number) =>
    library.annotations.create({ documentId, start, end, color: 'yellow' }).quote.exact;

  it('follows a new version, a rename, the Trash and a restore', () => {
    const { id } = library.documents.importText({ text: 'Seoul will pay more.\n\nMore text.' });
    expect(quoteOf(id, 0, 5)).toBe('Seoul');
    library.db.prepare(`UPDATE documents SET title = 'Renamed' WHERE id = ?`).run(id);
    expect(library.store.versions.findCurrent(id)?.title).toBe('Renamed');

    library.documents.replaceText({ id, text: 'Tokyo will pay more.\n\nMore text.' });
    expect(library.store.versions.findCurrent(id)?.body.startsWith('Tokyo')).toBe(true);
    expect(quoteOf(id, 0, 5)).toBe('Tokyo');

    library.documents.delete(id);
    expect(library.store.versions.findCurrent(id)).toBeUndefined();
    library.trash.restore(id);
    expect(library.store.versions.findCurrent(id)?.body.startsWith('Tokyo')).toBe(true);
  });

  it('keeps each document its own text when several are read in turn', () => {
    const ids = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map(
      (word) => library.documents.importText({ text: `${word} is here.\n\nMore.` }).id,
    );
    for (const round of [0, 1]) {
      ids.forEach((id, index) => {
        expect(library.store.versions.findCurrent(id)?.body.split(' ')[0], `round ${round}`).toBe(
          ['One', 'Two', 'Three', 'Four', 'Five', 'Six'][index],
        );
      });
    }
  });

  it('keeps the text an update or its undo made current only once that is committed', () => {
    const { id } = library.documents.importText({ text: 'Seoul will pay more.\n\nMore text.' });
    const current = () => library.store.versions.findCurrent(id)?.body.split(' ')[0];
    expect(current()).toBe('Seoul');
    library.documents.replaceText({ id, text: 'Tokyo will pay more.\n\nMore text.' });
    expect(current()).toBe('Tokyo');
    library.documents.undoReplaceText(id);
    expect(current()).toBe('Seoul');

    // A version made current by a write that then fails: rolled back, never read.
    const { store } = library;
    expect(() =>
      store.write(() => {
        const latest = store.versions.latestVersion(id);
        const body = 'Manila will pay more.';
        const version = { documentId: id, version: latest + 1, body, createdAt: 'now' };
        store.versions.insert({ ...version, blocks: [{ kind: 'paragraph', text: body }] });
        store.versions.makeCurrent({ ...version, blocks: [{ kind: 'paragraph', text: body }] });
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(current()).toBe('Seoul');
    library.documents.replaceText({ id, text: 'Hanoi will pay more.' });
    expect(current()).toBe('Hanoi');
    expect(library.documents.get(id).blocks).toEqual([
      { kind: 'paragraph', text: 'Hanoi will pay more.' },
    ]);
  });
});
