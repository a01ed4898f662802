import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { openTestLibrary, type TestLibrary } from '../library/testing';
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
