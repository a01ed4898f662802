import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentsService } from '../documents/service';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createCitationsService } from './service';

describe('citation keys in the library', () => {
  let library: TestLibrary;
  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  it('are unique over 1,000 imported documents whose names collide', () => {
    const citations = createCitationsService(library.db, library.store);
    const documents = createDocumentsService(library.store, { onImported: citations.attach });
    const bylines = ['Ann Smith', 'Bo SMITH', 'Jan van der Berg', 'Eva Berg'];
    const ids: string[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const summary = documents.importParsed(
        {
          title: index % 3 ? 'Reading' : 'The Reading, again',
          blocks: [{ kind: 'paragraph', text: `Text ${index}.` }],
          byline: bylines[index % bylines.length] ?? null,
          siteName: null,
          publishedAt: index % 2 ? '2024-01-01' : '2024-06-30T12:00:00Z',
        },
        'Pasted text',
      );
      ids.push(summary.id);
    }
    const keys = ids.map((id) => citations.get(id).citekey.toLowerCase());
    expect(new Set(keys).size).toBe(1000);
    expect(keys.slice(0, 5)).toEqual([
      'smith2024reading',
      'smith2024readinga',
      'berg2024reading',
      'berg2024readinga',
      'smith2024readingb',
    ]);
  }, 120_000);
});
