import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightWords, openTestLibrary, thrown, type TestLibrary } from '../library/testing';

const seoul = 'The alliance asked Seoul to pay far more for the troops stationed there.';
const tokyo = 'Tokyo hosts a forward-deployed carrier group in Yokosuka harbour.';
const trade = 'Trade talks continue between the two capitals this spring.';
const original = [seoul, tokyo, trade].join('\n\n');
/** Seoul's paragraph is gone, a new one opens the text, and the trade sentence was edited. */
const revised = [
  'A new opening paragraph about the summit in the spring.',
  tokyo,
  'Trade talks go on between the two capitals this spring.',
].join('\n\n');

describe('documents.replaceText', () => {
  let library: TestLibrary;
  let documentId: string;

  beforeEach(async () => {
    library = await openTestLibrary();
    documentId = library.documents.importText({ text: `Alliance Costs\n\n${original}` }).id;
  });

  afterEach(() => library.close());

  const highlight = (words: string) => highlightWords(library, documentId, original, words);

  it('stores a new version, keeps the title and re-anchors moved and edited highlights', () => {
    const carrier = highlight('forward-deployed carrier group');
    const talks = highlight('Trade talks continue between the two capitals');
    const before = library.documents.get(documentId);

    const { document, report } = library.documents.replaceText({
      id: documentId,
      text: `Alliance Costs\n\n${revised}`,
    });
    expect(report).toEqual({ anchored: 0, moved: 2, orphaned: 0, kept: 1, followed: 0, edited: 1 });
    const { id, title, source, addedAt, openedAt } = before;
    expect(document).toEqual({
      ...{ id, title, source, addedAt, openedAt, charCount: revised.length },
      ...{ highlightCount: 2, noteCount: 0, entityCount: null },
      ...{ format: 'text', pageCount: null, chapterCount: null },
    });
    expect(library.documents.get(documentId)).toMatchObject({
      title: 'Alliance Costs',
      blocks: revised.split('\n\n').map((text) => ({ kind: 'paragraph', text })),
    });

    const [movedCarrier, editedTalks] = library.annotations.list(documentId).highlights;
    const carrierStart = revised.indexOf('forward-deployed');
    expect(movedCarrier).toMatchObject({
      id: carrier.id,
      start: carrierStart,
      end: carrierStart + 'forward-deployed carrier group'.length,
      quote: { exact: 'forward-deployed carrier group' },
      status: 'moved',
      createdAt: carrier.createdAt,
    });
    expect(movedCarrier?.quote.prefix).toBe(revised.slice(carrierStart - 32, carrierStart));
    expect(editedTalks).toMatchObject({
      id: talks.id,
      status: 'moved',
      quote: { exact: 'Trade talks go on between the two capitals' },
      editedFrom: 'Trade talks continue between the two capitals',
    });
    expect(revised.slice(editedTalks?.start, editedTalks?.end)).toBe(editedTalks?.quote.exact);
  });

  it('keeps every version of the text and indexes the current one', () => {
    library.documents.replaceText({ id: documentId, text: revised });
    const versions = library.db
      .prepare(`SELECT version, body FROM document_versions WHERE document_id = ? ORDER BY 1`)
      .all(documentId);
    expect(versions).toEqual([
      { version: 1, body: original },
      { version: 2, body: revised },
    ]);
    const current = library.db.prepare(`SELECT version, body FROM documents`).get();
    expect(current).toEqual({ version: 2, body: revised });
    const search = library.db.prepare(
      `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`,
    );
    expect(search.pluck().get('summit')).toBe(1);
    expect(search.pluck().get('stationed')).toBe(0);
  });

  it('orphans a highlight whose text is gone, keeping its quote, position and note', () => {
    const troops = highlight('pay far more for the troops');
    const note = library.notes.save({
      documentId,
      highlightId: troops.id,
      body: 'Burden sharing.',
      tags: ['costs'],
    });
    const { report } = library.documents.replaceText({ id: documentId, text: revised });
    expect(report).toEqual({ anchored: 0, moved: 0, orphaned: 1, kept: 0, followed: 0, edited: 0 });
    const { highlights, notes } = library.annotations.list(documentId);
    expect(highlights).toEqual([
      { ...troops, status: 'orphaned', updatedAt: highlights[0]?.updatedAt },
    ]);
    expect(notes).toEqual([note]);

    // It stays an orphan through a version that still lacks it, and is found again after.
    const again = library.documents.replaceText({ id: documentId, text: `${revised}\n\nMore.` });
    expect(again.report).toMatchObject({ anchored: 0, moved: 0, orphaned: 1 });
    const back = library.documents.replaceText({ id: documentId, text: original });
    expect(back.report).toMatchObject({ anchored: 1, moved: 0, orphaned: 0, followed: 1 });
    expect(library.annotations.list(documentId).highlights[0]).toMatchObject({
      id: troops.id,
      start: troops.start,
      status: 'anchored',
    });
  });

  it('leaves untouched highlights anchored when text is only appended', () => {
    const carrier = highlight('forward-deployed carrier group');
    const { report } = library.documents.replaceText({
      id: documentId,
      text: `${original}\n\nA postscript.`,
    });
    expect(report).toEqual({ anchored: 1, moved: 0, orphaned: 0, kept: 1, followed: 0, edited: 0 });
    expect(library.annotations.list(documentId).highlights).toEqual([carrier]);
  });

  it('refuses empty text or a missing document and changes nothing', () => {
    highlight('Tokyo hosts');
    const before = library.dump();
    const empty = thrown(() => library.documents.replaceText({ id: documentId, text: ' \n\n ' }));
    expect(empty).toMatchObject({
      code: 'empty_document',
      message: 'The text is empty: there is nothing to import.',
    });
    const missing = thrown(() => library.documents.replaceText({ id: 'gone', text: 'Text.' }));
    expect(missing.code).toBe('not_found');
    expect(library.dump()).toEqual(before);
  });
});
