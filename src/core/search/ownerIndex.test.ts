import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createOwnerIndex, type OwnersOf } from './ownerIndex';
import { createSearchRepository } from './repository';
import { createSearchService } from './service';

/**
 * The search keeps which document owns each note and highlight in memory and reads only what
 * changed after a write (search/ownerIndex.ts): what it finds must follow every kind of write.
 */
describe('search after writes', () => {
  let library: TestLibrary;
  let search: ReturnType<typeof createSearchService>;
  let firstId: string;
  let secondId: string;

  beforeEach(async () => {
    library = await openTestLibrary();
    search = createSearchService(library.db);
    firstId = library.documents.importText({ text: 'Harbour cranes unload ships.', title: 'A' }).id;
    secondId = library.documents.importText({ text: 'Grain silos by the rail.', title: 'B' }).id;
  });

  afterEach(() => library.close());

  const found = (query: string): string[] => search.query(query).groups.map((g) => g.documentId);
  const highlight = (documentId: string, tags: string[]) => {
    const created = library.annotations.create({ documentId, start: 0, end: 5, color: 'yellow' });
    library.annotations.update({ id: created.id, tags });
    return created.id;
  };

  it('follows a highlight deleted and a new one taking its place in the index', () => {
    const first = highlight(firstId, ['zeppelin']);
    expect(found('zeppelin')).toEqual([firstId]);
    library.annotations.delete(first);
    expect(found('zeppelin')).toEqual([]);
    // The new highlight's index row takes the number the deleted one had (largest plus one).
    const second = highlight(secondId, ['zeppelin']);
    const [group] = search.query('zeppelin').groups;
    expect(group).toMatchObject({ documentId: secondId, total: 1 });
    expect(group?.hits[0]).toMatchObject({ kind: 'highlight', highlightId: second });
  });

  it('follows tags changed, notes deleted and notes written by another connection', async () => {
    const id = highlight(firstId, ['quokka']);
    expect(found('quokka')).toEqual([firstId]);
    library.annotations.update({ id, tags: ['wombat'] });
    expect(found('quokka')).toEqual([]);
    expect(found('wombat')).toEqual([firstId]);

    const note = library.notes.save({
      documentId: secondId,
      highlightId: null,
      body: 'Platypus sighting.',
      tags: [],
    });
    expect(found('platypus')).toEqual([secondId]);
    library.notes.delete(note.id);
    expect(found('platypus')).toEqual([]);

    const other = await openDatabase(library.dir);
    other
      .prepare(
        `INSERT INTO notes (id, seq, document_id, highlight_id, body, tags, created_at, updated_at)
         VALUES ('n-other', (SELECT coalesce(max(seq), 0) + 1 FROM notes), ?, NULL,
           'Platypus again.', '[]', '2025-03-01', '2025-03-01')`,
      )
      .run(firstId);
    other.close();
    expect(found('platypus')).toEqual([firstId]);
  });

  it('ranks documents that match alike newest first', () => {
    const older = library.documents.importText({ text: 'Identical lines.', title: 'Same' }).id;
    const newer = library.documents.importText({ text: 'Identical lines.', title: 'Same' }).id;
    expect(found('identical')).toEqual([newer, older]);
    highlight(older, ['lines']);
    expect(found('lines')).toEqual([older, newer]);
  });
});

/**
 * Before the owner index is all in memory, a search looks up its matches' owners by key; the
 * rest is read in slices between requests. Every way must name the same owners, whatever was
 * written between the slices.
 */
describe('owner index read in slices', () => {
  let library: TestLibrary;
  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  /** Every note's and highlight index row's document (documents.seq), from the tables. */
  const truth = () => ({
    notes: library.db
      .prepare<[], [number, number]>(
        `SELECT n.seq, d.seq FROM notes n JOIN documents d ON d.id = n.document_id`,
      )
      .raw()
      .all(),
    highlights: library.db
      .prepare<[], [number, number]>(
        `SELECT r.fts_rowid, d.seq FROM highlights_fts_rows r
         JOIN highlights h ON h.id = r.highlight_id JOIN documents d ON d.id = h.document_id`,
      )
      .raw()
      .all(),
  });

  /** The owners `ownersOf` names for every row there is, as [key, documents.seq] pairs. */
  const named = (ownersOf: OwnersOf) => {
    const { notes, highlights } = truth();
    const index = ownersOf(
      notes.map(([key]) => key),
      highlights.map(([key]) => key),
    );
    return {
      notes: notes.map(([key]): [number, number] => [key, index.noteDocument.get(key)]),
      highlights: highlights.map(([key]): [number, number] => [
        key,
        index.highlightDocument.get(key),
      ]),
    };
  };

  const annotate = (documentId: string, tag: string) => {
    const created = library.annotations.create({ documentId, start: 0, end: 4, color: 'blue' });
    library.annotations.update({ id: created.id, tags: [tag] });
    library.notes.save({ documentId, highlightId: created.id, body: `On ${tag}.`, tags: [] });
    return created.id;
  };

  it('names the same owners looked up, while read in slices with writes between, and read', () => {
    const ids = Array.from(
      { length: 6 },
      (_, index) =>
        library.documents.importText({ text: `Ledger ${index} of the port.`, title: `L${index}` })
          .id,
    );
    const highlights = ids.map((id, index) => annotate(id, `tag${index}`));
    const repository = createSearchRepository(library.db);
    // Slices of two changes; the looked-up reader never reads the whole index.
    const sliced = createOwnerIndex(repository, Number.MAX_SAFE_INTEGER, 2);
    const lookedUp = createOwnerIndex(repository, Number.MAX_SAFE_INTEGER);
    const readAtOnce = createOwnerIndex(repository, 0);

    let done = false;
    for (let step = 0; !done; step += 1) {
      expect(named(lookedUp.ownersOf)).toEqual(truth());
      expect(named(readAtOnce.ownersOf)).toEqual(truth());
      done = library.db.transaction(() => sliced.readSlice()).deferred();
      // Writes between slices: a highlight deleted, one edited (a new index row), one added.
      if (step === 1) library.annotations.delete(highlights[0] ?? '');
      if (step === 2) library.annotations.update({ id: highlights[1] ?? '', tags: ['moved'] });
      if (step === 3) annotate(ids[5] ?? '', 'late');
    }
    expect(sliced.complete()).toBe(true);
    expect(lookedUp.complete()).toBe(false);
    expect(named(sliced.ownersOf)).toEqual(truth());
    annotate(ids[2] ?? '', 'after');
    expect(named(sliced.ownersOf)).toEqual(truth());
  });
});
