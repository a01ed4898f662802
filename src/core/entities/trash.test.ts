import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityCard } from '../../shared/entities';
import { openEntitiesLibrary, type EntitiesTestLibrary } from './testing';
import { thrown } from '../library/testing';

// Library-wide entity views (the panel's counts, the card's mentions, aliases and notes) show
// the library only: a document in the Trash adds nothing until it is restored.
describe('entities and the Trash', () => {
  let library: EntitiesTestLibrary;
  let kept: string;
  let binned: string;
  let seoulId: string;

  beforeEach(async () => {
    library = await openEntitiesLibrary();
    kept = library.add('Officials met in Seoul on Tuesday.', 'Kept');
    binned = library.add('Donald Trump said Seoul should pay. Trump left.', 'Binned');
    await library.entities.list(kept);
    const { entities } = await library.entities.list(binned);
    seoulId = entities.find((entity) => entity.canonical === 'Seoul')?.id ?? '';
    const body = library.store.versions.findCurrent(binned)?.body ?? '';
    const start = body.indexOf('Seoul');
    const highlight = library.annotations.create({
      documentId: binned,
      start,
      end: start + 5,
      color: 'yellow',
    });
    library.notes.save({ documentId: binned, highlightId: highlight.id, body: 'Who', tags: [] });
  });
  afterEach(() => library.close());

  const card = (entityId: string): EntityCard => library.entities.get(entityId);
  const seoulInKept = async () =>
    (await library.entities.list(kept)).entities.find((entity) => entity.id === seoulId);

  it('leaves a trashed document out of entity cards and counts, and brings it back', async () => {
    const before = card(seoulId);
    expect(before.entity).toMatchObject({ mentionCount: 2, documentCount: 2, noteCount: 1 });
    expect(before.notes.map((note) => note.documentTitle)).toEqual(['Binned']);
    expect(await seoulInKept()).toMatchObject({ documentCount: 2, noteCount: 1 });

    library.documents.delete(binned);
    const during = card(seoulId);
    expect(during.entity).toMatchObject({ mentionCount: 1, documentCount: 1, noteCount: 0 });
    expect(during.mentions.map((mention) => mention.documentTitle)).toEqual(['Kept']);
    expect(during.notes).toEqual([]);
    expect(await seoulInKept()).toMatchObject({ documentCount: 1, noteCount: 0 });

    library.trash.restore(binned);
    expect(card(seoulId)).toEqual(before);
  });

  it('shows no aliases that only a trashed document spells', async () => {
    const trump = (await library.entities.list(binned)).entities.find(
      (entity) => entity.canonical === 'Donald Trump',
    );
    expect(trump?.aliases).toEqual(['Trump']);
    library.documents.delete(binned);
    expect(card(trump?.id ?? '').entity).toMatchObject({ aliases: [], mentionCount: 0 });
  });

  it('answers the entities and note links of a trashed document as in the Trash', async () => {
    library.documents.delete(binned);
    const inTrash = {
      code: 'not_found',
      message: '“Binned” is in the Trash; restore it to use it again.',
    };
    await expect(library.entities.list(binned)).rejects.toMatchObject(inTrash);
    expect(thrown(() => library.entities.noteLinks.list(binned))).toMatchObject(inTrash);
    expect(
      thrown(() => library.entities.corrections.addFromSelection(binned, 0, 5, 'person')),
    ).toMatchObject(inTrash);
  });
});
