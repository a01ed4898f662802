import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEntitiesLibrary, type EntitiesTestLibrary } from '../entities/testing';

/*
 * The library list is read in passes joined in code (repository.ts); each document's summary
 * is read with one statement of its own (`summaryColumns`). They must agree on every count.
 */
describe('the library list', () => {
  let library: EntitiesTestLibrary;
  beforeEach(async () => {
    library = await openEntitiesLibrary();
  });
  afterEach(() => library.close());

  const summaries = () =>
    library.documents.list().map((doc) => library.store.documents.findSummary(doc.id));

  it('counts highlights, notes and visible entities of the current text, as each summary does', async () => {
    const seoul = library.add('Donald Trump met officials in Seoul. Trump posted on Truth Social.');
    const pentagon = library.add('Trump spoke at the Pentagon. Joe Biden answered.');
    const plain = library.add('Nothing here is extracted yet.');
    await library.entities.list(seoul);
    const pentagonEntities = await library.entities.list(pentagon);
    const highlight = library.annotations.create({
      documentId: seoul,
      start: 0,
      end: 12,
      color: 'yellow',
    });
    library.annotations.create({ documentId: seoul, start: 17, end: 26, color: 'blue' });
    library.notes.save({ documentId: seoul, highlightId: highlight.id, body: 'Who?', tags: [] });
    library.notes.save({
      documentId: plain,
      highlightId: null,
      body: 'A document note.',
      tags: [],
    });
    // A hidden entity leaves the count; a new text counts only once extracted again.
    const trump = pentagonEntities.entities.find((entity) => entity.canonical === 'Donald Trump');
    if (!trump) throw new Error('no Trump');
    library.entities.corrections.hide(trump.id, true);
    library.documents.replaceText({ id: pentagon, text: 'Later: Trump spoke at the Pentagon.' });

    const listed = library.documents.list();
    expect(listed).toEqual(summaries());
    const byId = new Map(listed.map((doc) => [doc.id, doc]));
    expect(byId.get(seoul)).toMatchObject({ highlightCount: 2, noteCount: 1 });
    expect(byId.get(seoul)?.entityCount).toBeGreaterThan(1);
    expect(byId.get(pentagon)?.entityCount).toBeNull();
    expect(byId.get(plain)).toMatchObject({ highlightCount: 0, noteCount: 1, entityCount: null });

    await library.entities.list(pentagon);
    expect(library.documents.list()).toEqual(summaries());
    library.entities.corrections.hide(trump.id, false);
    expect(library.documents.list()).toEqual(summaries());
  });
});
