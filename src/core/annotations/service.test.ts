import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../shared/annotations';
import { openTestLibrary, thrown, type TestLibrary } from '../library/testing';

const text =
  'Alliance Costs\n\nTrump wants Seoul to pay more for U.S. troops.\n\n' +
  'Tokyo hosts a carrier 🚢 group.\n\nTrade talks continue.';
const body =
  'Trump wants Seoul to pay more for U.S. troops.\n\n' +
  'Tokyo hosts a carrier 🚢 group.\n\nTrade talks continue.';

/** The range of the first occurrence of `words` in the body. */
const at = (words: string) => {
  const start = body.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { start, end: start + words.length };
};

describe('annotations service', () => {
  let library: TestLibrary;
  let documentId: string;

  beforeEach(async () => {
    library = await openTestLibrary();
    documentId = library.documents.importText({ text }).id;
    expect(library.store.versions.findCurrent(documentId)?.body).toBe(body);
  });

  afterEach(() => library.close());

  const create = (words: string, color: Highlight['color'] = 'yellow') =>
    library.annotations.create({ documentId, ...at(words), color });

  /** Runs a call that must be refused and checks that it changed nothing. */
  const refused = (run: () => unknown) => {
    const before = library.dump();
    const error = thrown(run);
    expect(library.dump()).toEqual(before);
    return error;
  };

  describe('highlights.create', () => {
    it('reads the quote from the stored text and commits an anchored highlight', () => {
      const highlight = create('Seoul to pay', 'green');
      expect(highlight).toEqual({
        id: 'h-1',
        documentId,
        ...at('Seoul to pay'),
        quote: {
          type: 'TextQuoteSelector',
          exact: 'Seoul to pay',
          prefix: 'Trump wants ',
          suffix: body.slice(at('Seoul to pay').end, at('Seoul to pay').end + 32),
        },
        color: 'green',
        tags: [],
        status: 'anchored',
        editedFrom: null,
        createdAt: highlight.createdAt,
        updatedAt: highlight.createdAt,
      });
      expect(library.annotations.list(documentId).highlights).toEqual([highlight]);
    });

    it('accepts a range across paragraphs and one ending on an emoji', () => {
      const across = create('troops.\n\nTokyo');
      expect(across.quote.exact).toBe('troops.\n\nTokyo');
      expect(create('carrier 🚢').quote.exact).toBe('carrier 🚢');
    });

    it('refuses a bad range with a clear message and stores nothing', () => {
      const { start } = at('🚢');
      const cases: [range: { start: number; end: number }, message: RegExp][] = [
        [{ start: 10, end: body.length + 1 }, /runs past the end of the text \(\d+ characters\)/u],
        [{ start: 5, end: 5 }, /range is empty/u],
        [{ start: 6, end: 5 }, /range is empty/u],
        [at('\n\n'), /only spaces or line breaks/u],
        [{ start: start + 1, end: start + 8 }, /cuts a character .* in half/u],
        [{ start: start - 3, end: start + 1 }, /cuts a character .* in half/u],
      ];
      for (const [range, message] of cases) {
        const error = refused(() =>
          library.annotations.create({ documentId, ...range, color: 'yellow' }),
        );
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(message);
      }
    });

    it('answers not_found for a missing document', () => {
      const error = refused(() =>
        library.annotations.create({ documentId: 'gone', start: 0, end: 3, color: 'blue' }),
      );
      expect(error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/"gone"/u) });
    });
  });

  describe('highlights.update', () => {
    it('changes colour and tags and bumps updatedAt', () => {
      const highlight = create('Seoul');
      const recoloured = library.annotations.update({ id: highlight.id, color: 'purple' });
      expect(recoloured).toEqual({
        ...highlight,
        color: 'purple',
        updatedAt: recoloured.updatedAt,
      });
      expect(recoloured.updatedAt > highlight.updatedAt).toBe(true);
      const tagged = library.annotations.update({
        id: highlight.id,
        tags: ['korea', 'us', 'korea'],
      });
      expect(tagged).toMatchObject({ color: 'purple', tags: ['korea', 'us'] });
      expect(library.annotations.list(documentId).highlights).toEqual([tagged]);
    });

    it('leaves a highlight alone when there is nothing to change', () => {
      const highlight = create('Seoul');
      const before = library.dump();
      expect(library.annotations.update({ id: highlight.id })).toEqual(highlight);
      expect(library.dump()).toEqual(before);
    });

    it('answers not_found for a missing highlight', () => {
      create('Seoul');
      const error = refused(() => library.annotations.update({ id: 'nope', color: 'pink' }));
      expect(error).toMatchObject({
        code: 'not_found',
        message: 'There is no highlight with id "nope"; it may have been deleted.',
      });
    });
  });

  describe('highlights.delete and restore', () => {
    it('removes a highlight and its note together, and restore puts both back', () => {
      const highlight = create('Seoul to pay');
      const other = create('Trade talks');
      const note = library.notes.save({
        documentId,
        highlightId: highlight.id,
        body: '**Burden** sharing.',
        tags: ['costs'],
      });
      const before = library.dump();

      expect(library.annotations.delete(highlight.id)).toEqual({ highlight, note });
      expect(library.annotations.list(documentId)).toEqual({ highlights: [other], notes: [] });

      expect(library.annotations.restore({ highlight, note })).toEqual(highlight);
      expect(library.annotations.list(documentId)).toEqual({
        highlights: [highlight, other],
        notes: [note],
      });
      // Same ids and timestamps; only the internal full-text key of the note may differ.
      const after = library.dump();
      expect(after.highlights).toEqual(before.highlights);
      expect(after.documents).toEqual(before.documents);
    });

    it('returns a null note for a highlight without one', () => {
      const highlight = create('Seoul');
      expect(library.annotations.delete(highlight.id)).toEqual({ highlight, note: null });
      expect(library.annotations.restore({ highlight, note: null })).toEqual(highlight);
    });

    it('refuses to delete a missing highlight', () => {
      create('Seoul');
      expect(refused(() => library.annotations.delete('nope')).code).toBe('not_found');
    });

    it('refuses a restore that clashes or has no document, changing nothing', () => {
      const highlight = create('Seoul');
      const note = library.notes.save({
        documentId,
        highlightId: highlight.id,
        body: 'x',
        tags: [],
      });
      const clash = refused(() => library.annotations.restore({ highlight, note: null }));
      expect(clash).toMatchObject({
        code: 'invalid_input',
        message: `A highlight with id "${highlight.id}" already exists; nothing was restored.`,
      });

      const removed = library.annotations.delete(highlight.id);
      library.notes.save({ documentId, highlightId: null, body: 'doc note', tags: [] });
      const noteClash = { ...removed, note: { ...note, id: 'n-2', highlightId: highlight.id } };
      expect(refused(() => library.annotations.restore(noteClash)).message).toBe(
        'A note with id "n-2" already exists; nothing was restored.',
      );

      const elsewhere = { highlight: { ...highlight, documentId: 'gone' }, note: null };
      expect(refused(() => library.annotations.restore(elsewhere)).code).toBe('not_found');

      const mismatched = { highlight, note: { ...note, highlightId: 'other' } };
      expect(refused(() => library.annotations.restore(mismatched))).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/does not belong to the highlight/u),
      });
      const empty = { highlight: { ...highlight, end: highlight.start }, note: null };
      expect(refused(() => library.annotations.restore(empty)).code).toBe('invalid_input');
    });

    it('re-anchors a restored highlight when the text changed since the delete', () => {
      const highlight = create('Trade talks continue');
      const removed = library.annotations.delete(highlight.id);
      library.documents.replaceText({
        id: documentId,
        text: `Alliance Costs\n\nNew opening.\n\n${body}`,
      });
      const restored = library.annotations.restore(removed);
      expect(restored).toMatchObject({ id: highlight.id, status: 'moved' });
      expect(restored.start).toBe(highlight.start + 'New opening.\n\n'.length);
      expect(restored.quote.exact).toBe('Trade talks continue');
    });
  });

  describe('highlights.reattach', () => {
    it('describes the new range on the current text and marks it anchored', () => {
      const highlight = create('Seoul to pay');
      const attached = library.annotations.reattach({ id: highlight.id, ...at('Tokyo hosts') });
      expect(attached).toMatchObject({
        ...at('Tokyo hosts'),
        quote: {
          exact: 'Tokyo hosts',
          prefix: body.slice(at('Tokyo').start - 32, at('Tokyo').start),
        },
        status: 'anchored',
        createdAt: highlight.createdAt,
      });
      expect(attached.updatedAt > highlight.updatedAt).toBe(true);
      expect(library.annotations.list(documentId).highlights).toEqual([attached]);
    });

    it('refuses a bad range or a missing highlight', () => {
      const highlight = create('Seoul');
      expect(
        refused(() => library.annotations.reattach({ id: highlight.id, start: 0, end: 999 })).code,
      ).toBe('invalid_input');
      expect(
        refused(() => library.annotations.reattach({ id: 'nope', start: 0, end: 3 })).code,
      ).toBe('not_found');
    });
  });

  describe('annotations.list', () => {
    it('lists highlights in reading order, longer first at one start, orphans last', () => {
      const late = create('Trade talks');
      const short = create('Trump');
      const long = create('Trump wants Seoul');
      const nested = create('wants');
      const gone = create('Tokyo hosts a carrier');
      const goneToo = create('carrier 🚢 group');
      library.documents.replaceText({
        id: documentId,
        text: 'Alliance Costs\n\nTrump wants Seoul to pay more for U.S. troops.\n\nTrade talks continue.',
      });
      const ids = library.annotations.list(documentId).highlights.map((highlight) => highlight.id);
      expect(ids).toEqual([long.id, short.id, nested.id, late.id, gone.id, goneToo.id]);
    });

    it('lists highlight notes in reading order, then document notes oldest first', () => {
      const second = create('Trade talks');
      const first = create('Trump');
      const save = (highlightId: string | null, note: string) =>
        library.notes.save({ documentId, highlightId, body: note, tags: [] }).id;
      const documentNote = save(null, 'About it all.');
      const secondNote = save(second.id, 'Later.');
      const firstNote = save(first.id, 'Earlier.');
      const anotherDocumentNote = save(null, 'More.');
      const notes = library.annotations.list(documentId).notes.map((note) => note.id);
      expect(notes).toEqual([firstNote, secondNote, documentNote, anotherDocumentNote]);
    });

    it('answers not_found for a missing document and is empty for a fresh one', () => {
      expect(library.annotations.list(documentId)).toEqual({ highlights: [], notes: [] });
      expect(thrown(() => library.annotations.list('gone')).code).toBe('not_found');
    });

    it('loses every highlight, note and version once its document leaves the Trash', () => {
      const highlight = create('Seoul');
      library.notes.save({ documentId, highlightId: highlight.id, body: 'x', tags: [] });
      library.notes.save({ documentId, highlightId: null, body: 'y', tags: [] });
      library.documents.replaceText({ id: documentId, text: `${text}\n\nMore.` });
      library.documents.delete(documentId);
      expect(library.dump().highlights).toHaveLength(1);
      library.trash.empty();
      expect(library.dump()).toEqual({
        documents: [],
        document_versions: [],
        highlights: [],
        notes: [],
      });
    });
  });
});
