import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocEntity } from '../../shared/entities';
import {
  dictionaryExtract,
  newsEntries,
  openEntitiesLibrary,
  type EntitiesTestLibrary,
} from './testing';
import { thrown } from '../library/testing';

const seoulText =
  'Donald Trump met officials in Seoul on Tuesday.\n\n' +
  'Trump said Seoul should pay $1.47 billion. Later Trump posted on Truth Social.';

describe('note links', () => {
  let library: EntitiesTestLibrary;
  let doc: string;
  let body: string;

  beforeEach(async () => {
    library = await openEntitiesLibrary(dictionaryExtract(newsEntries));
    doc = library.add(seoulText, 'Seoul');
    body = library.store.versions.findCurrent(doc)?.body ?? '';
    await library.entities.list(doc);
  });
  afterEach(() => library.close());

  const links = () => library.entities.noteLinks;
  const entity = async (canonical: string): Promise<DocEntity> => {
    const found = (await library.entities.list(doc)).entities.find(
      (candidate) => candidate.canonical === canonical,
    );
    if (!found) throw new Error(`no entity ${canonical}`);
    return found;
  };
  /** A highlight over `quote` (its first occurrence), with a note. */
  const annotate = (quote: string, noteBody = 'A thought.') => {
    const start = body.indexOf(quote);
    const highlight = library.annotations.create({
      documentId: doc,
      start,
      end: start + quote.length,
      color: 'yellow',
    });
    const note = library.notes.save({
      documentId: doc,
      highlightId: highlight.id,
      body: noteBody,
      tags: [],
    });
    return { highlight, note };
  };

  it('links a note automatically when its highlight overlaps a mention', async () => {
    const { note } = annotate('met officials in Seoul', 'Where he went.');
    // A highlight without a note links nothing.
    const start = body.indexOf('Truth Social');
    library.annotations.create({ documentId: doc, start, end: start + 5, color: 'blue' });
    const seoul = await entity('Seoul');
    expect(links().list(doc)).toEqual([{ noteId: note.id, entityId: seoul.id, kind: 'auto' }]);
    expect((await entity('Seoul')).noteCount).toBe(1);
    expect(library.entities.get(seoul.id).notes).toEqual([
      {
        noteId: note.id,
        documentId: doc,
        documentTitle: 'Seoul',
        highlightId: note.highlightId,
        body: 'Where he went.',
        kind: 'auto',
      },
    ]);
    // Derived on read: it follows the highlight.
    library.notes.delete(note.id);
    expect(links().list(doc)).toEqual([]);
  });

  it('links by hand, a document note too, and unlinks', async () => {
    const note = library.notes.save({
      documentId: doc,
      highlightId: null,
      body: 'Overall.',
      tags: [],
    });
    const truth = await entity('Truth Social');
    expect(links().add(note.id, truth.id)).toEqual({
      noteId: note.id,
      entityId: truth.id,
      kind: 'manual',
    });
    expect(links().add(note.id, truth.id).kind).toBe('manual');
    expect(links().list(doc)).toEqual([{ noteId: note.id, entityId: truth.id, kind: 'manual' }]);
    expect(library.entities.get(truth.id).notes[0]).toMatchObject({
      highlightId: null,
      kind: 'manual',
    });
    expect(links().remove(note.id, truth.id).kind).toBe('manual');
    expect(links().list(doc)).toEqual([]);
  });

  it('keeps an automatic link removed, through re-extraction and new text, until added back', async () => {
    const { note } = annotate('Trump said Seoul');
    const trump = await entity('Donald Trump');
    const seoul = await entity('Seoul');
    expect(
      links()
        .list(doc)
        .map((link) => link.entityId)
        .sort(),
    ).toEqual([trump.id, seoul.id].sort());
    expect(links().remove(note.id, trump.id)).toEqual({
      noteId: note.id,
      entityId: trump.id,
      kind: 'auto',
    });
    const remaining = [{ noteId: note.id, entityId: seoul.id, kind: 'auto' }];
    expect(links().list(doc)).toEqual(remaining);
    await library.entities.refresh(doc);
    library.documents.replaceText({ id: doc, text: `Breaking.\n\n${body}` });
    await library.entities.list(doc);
    expect(links().list(doc)).toEqual(remaining);
    // Adding it back takes the removal back: automatic again.
    expect(links().add(note.id, trump.id).kind).toBe('auto');
    expect(links().list(doc)).toHaveLength(2);
  });

  it('does not link hidden entities automatically, and moves links with a merge', async () => {
    const { note } = annotate('Truth Social');
    const truth = await entity('Truth Social');
    library.entities.corrections.hide(truth.id, true);
    expect(links().list(doc)).toEqual([]);
    library.entities.corrections.hide(truth.id, false);
    const trump = await entity('Donald Trump');
    const manual = library.notes.save({ documentId: doc, highlightId: null, body: 'x', tags: [] });
    links().add(manual.id, truth.id);
    library.entities.corrections.merge(truth.id, trump.id);
    expect(links().list(doc)).toEqual([
      { noteId: manual.id, entityId: trump.id, kind: 'manual' },
      { noteId: note.id, entityId: trump.id, kind: 'auto' },
    ]);
  });

  it('refuses bad links clearly and changes nothing', async () => {
    const { note } = annotate('Truth Social');
    const trump = await entity('Donald Trump');
    const before = library.dumpAll();
    expect(thrown(() => links().add('n-404', trump.id)).code).toBe('not_found');
    expect(thrown(() => links().add(note.id, 'e-404')).code).toBe('not_found');
    const notLinked = thrown(() => links().remove(note.id, trump.id));
    expect(notLinked.code).toBe('invalid_input');
    expect(notLinked.message).toMatch(/not linked to the entity "Donald Trump"/u);
    expect(thrown(() => links().list('nope')).code).toBe('not_found');
    expect(library.dumpAll()).toEqual(before);
  });
});
