import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightWords, openTestLibrary, type TestLibrary } from '../library/testing';

const first = 'The heron stood in the shallow water, waiting for a fish.';
const second = 'Reeds bent in the wind along the far bank of the river.';
const third = 'A kingfisher flashed blue past the old wooden bridge.';
const original = [first, second, third].join('\n\n');
const revised = ['At dawn, a new paragraph opened the page.', first, third].join('\n\n');

/** What undoing an update puts back, as it is stored (version_updates, see its repository). */
describe('the record an update keeps for its undo', () => {
  let library: TestLibrary;
  let documentId: string;
  const highlight = (words: string) => highlightWords(library, documentId, original, words);
  const stored = () =>
    library.db.prepare<[], string>(`SELECT highlights FROM version_updates`).pluck().get() ?? '';

  beforeEach(async () => {
    library = await openTestLibrary();
    documentId = library.documents.importText({ text: original, title: 'River' }).id;
  });
  afterEach(() => library.close());

  it('leaves out the quotes the replaced text reads, and undo puts every highlight back exactly', () => {
    highlight('shallow water');
    highlight('far bank');
    highlight('kingfisher flashed');
    // A quote whose context was stored otherwise than Gloss takes it (an import from
    // elsewhere), and an orphan whose place no longer reads its quote: both kept as they are.
    library.db
      .prepare(`UPDATE highlights SET prefix = 'context from elsewhere ' WHERE exact = 'far bank'`)
      .run();
    library.db
      .prepare(
        `UPDATE highlights SET status = 'orphaned', exact = 'a lost passage'
                WHERE exact = 'kingfisher flashed'`,
      )
      .run();
    const before = library.annotations.list(documentId).highlights;

    library.documents.replaceText({ id: documentId, text: revised });
    const record = stored();
    expect(record).not.toContain('shallow water');
    expect(record).toContain('context from elsewhere');
    expect(record).toContain('a lost passage');

    library.documents.undoReplaceText(documentId);
    expect(library.annotations.list(documentId).highlights).toEqual(before);
  });

  it('undoes an update recorded before, whose record holds whole highlights', () => {
    highlight('shallow water');
    highlight('far bank');
    const before = library.annotations.list(documentId).highlights;
    library.documents.replaceText({ id: documentId, text: revised });
    library.db.prepare(`UPDATE version_updates SET highlights = ?`).run(JSON.stringify(before));

    library.documents.undoReplaceText(documentId);
    expect(library.annotations.list(documentId).highlights).toEqual(before);
  });

  it('keeps the quotes index in step with an edited highlight, through the update and its undo', () => {
    const heron = highlight('heron stood in the shallow water');
    const indexed = (word: string) =>
      library.db
        .prepare<[string], string>(
          `SELECT highlight_id FROM highlights_fts WHERE highlights_fts MATCH ?`,
        )
        .pluck()
        .all(word);
    library.documents.replaceText({
      id: documentId,
      text: original.replace('heron stood in the shallow', 'heron stood in the muddy'),
    });
    expect(indexed('muddy')).toEqual([heron.id]);
    expect(indexed('shallow')).toEqual([]);

    library.documents.undoReplaceText(documentId);
    expect(indexed('shallow')).toEqual([heron.id]);
    expect(indexed('muddy')).toEqual([]);
  });
});
