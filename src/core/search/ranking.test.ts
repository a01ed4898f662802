import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/random';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createOwnerIndex } from './ownerIndex';
import { parseQuery, toFtsQuery } from './queryParser';
import { rankDocuments } from './ranking';
import { createSearchRepository } from './repository';

const words = 'harbour cranes ships grain rail silos tide'.split(' ');

/**
 * A library where texts, notes and highlights match the same words to different degrees: some
 * documents identical (ties), some in the Trash.
 */
const fillLibrary = (library: TestLibrary, seed: number): void => {
  const random = seededRandom(seed);
  const pick = () => words[Math.floor(random() * words.length)] ?? 'tide';
  for (let index = 0; index < 40; index += 1) {
    const text =
      index % 7 === 3
        ? 'Harbour cranes by the grain silos.'
        : Array.from({ length: 4 + Math.floor(random() * 30) }, pick).join(' ') + '.';
    const { id } = library.documents.importText({ text, title: `Report ${index}` });
    if (random() < 0.4) {
      const highlight = library.annotations.create({
        documentId: id,
        start: 0,
        end: 3,
        color: 'yellow',
      });
      library.annotations.update({ id: highlight.id, tags: [pick()] });
    }
    if (random() < 0.3) {
      library.notes.save({
        documentId: id,
        highlightId: null,
        body: `${pick()} ${pick()}`,
        tags: [],
      });
    }
    if (random() < 0.1) {
      library.db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run('2025-03-02', id);
    }
  }
};

describe('ranking', () => {
  let library: TestLibrary;
  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  it('ranks the same with the boosts in SQLite as with every text score read, owners looked up or all read', () => {
    for (const seed of [1, 2, 3]) {
      fillLibrary(library, seed);
      const repository = createSearchRepository(library.db);
      const owners = createOwnerIndex(repository, 0).ownersOf;
      const lookedUp = createOwnerIndex(repository, Number.MAX_SAFE_INTEGER).ownersOf;
      for (const query of ['harbour', 'grain silos', 'cranes', 'tide rail', 'sil']) {
        const match = toFtsQuery(parseQuery(query)) ?? '';
        for (const limit of [1, 3, 10, 50]) {
          const inSql = rankDocuments(repository, owners, match, limit);
          const inCode = rankDocuments(repository, owners, match, limit, 0);
          expect(inSql).toEqual(inCode);
          expect(rankDocuments(repository, lookedUp, match, limit)).toEqual(inSql);
          expect(inSql.length).toBeLessThanOrEqual(limit);
        }
      }
    }
  });
});
