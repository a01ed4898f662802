import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocEntity, DocumentEntities, EntityType } from '../../shared/entities';
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
const pentagonText = 'Trump spoke at the Pentagon. Joe Biden answered from the Pentagon.';
const bidenText = 'Biden visited Seoul. The Special Measures Agreement was signed in Seoul.';

describe('entity corrections', () => {
  let library: EntitiesTestLibrary;
  let seoul: string;
  let pentagon: string;

  beforeEach(async () => {
    library = await openEntitiesLibrary(dictionaryExtract(newsEntries));
    seoul = library.add(seoulText, 'Seoul');
    pentagon = library.add(pentagonText, 'Pentagon');
    await library.entities.list(seoul);
    await library.entities.list(pentagon);
  });
  afterEach(() => library.close());

  const list = (id: string): Promise<DocumentEntities> => library.entities.list(id);
  const find = async (id: string, canonical: string): Promise<DocEntity | undefined> =>
    (await list(id)).entities.find((entity) => entity.canonical === canonical);
  const entity = async (id: string, canonical: string): Promise<DocEntity> => {
    const found = await find(id, canonical);
    if (!found) throw new Error(`no entity ${canonical}`);
    return found;
  };
  const texts = async (id: string, entityId: string): Promise<string[]> =>
    (await list(id)).mentions.filter((m) => m.entityId === entityId).map((m) => m.text);

  /** Extraction again, then a new version of each text: what every correction must survive. */
  const reextractEverything = async (): Promise<void> => {
    await library.entities.refresh(seoul);
    await library.entities.refresh(pentagon);
    const seoulBody = library.store.versions.findCurrent(seoul)?.body ?? '';
    library.documents.replaceText({ id: seoul, text: `${seoulBody}\n\nTrump left Seoul.` });
    library.documents.replaceText({ id: pentagon, text: `Later: ${pentagonText}` });
    await list(seoul);
    await list(pentagon);
  };
  const corrections = () => library.entities.corrections;

  it('renames, and the name stays through re-extraction and new text', async () => {
    const trump = await entity(seoul, 'Donald Trump');
    const renamed = corrections().rename(trump.id, 'Donald J. Trump');
    expect(renamed).toMatchObject({ id: trump.id, canonical: 'Donald J. Trump' });
    expect(renamed.aliases).toEqual(['Donald Trump', 'Trump']);
    await reextractEverything();
    const after = await entity(seoul, 'Donald J. Trump');
    expect(after).toMatchObject({ id: trump.id, mentionCount: 4, documentCount: 2 });
    expect(await find(seoul, 'Donald Trump')).toBeUndefined();
  });

  it('renaming onto the name of another entity of the type merges the two', async () => {
    const biden = await entity(pentagon, 'Joe Biden');
    const trump = await entity(pentagon, 'Donald Trump');
    const merged = corrections().rename(biden.id, 'Donald Trump');
    expect(merged.id).toBe(trump.id);
    expect(await find(pentagon, 'Joe Biden')).toBeUndefined();
    expect((await entity(pentagon, 'Donald Trump')).mentionCount).toBe(2);
  });

  it('retypes, and the type stays; onto a twin it merges', async () => {
    const pentagonPlace = await entity(pentagon, 'Pentagon');
    expect(pentagonPlace.type).toBe('place');
    expect(corrections().retype(pentagonPlace.id, 'organization').type).toBe('organization');
    await reextractEverything();
    expect(await entity(pentagon, 'Pentagon')).toMatchObject({
      id: pentagonPlace.id,
      type: 'organization',
      mentionCount: 2,
    });
    const truth = await entity(seoul, 'Truth Social');
    corrections().rename(truth.id, 'Pentagon');
    // Same name, same type: one entity now.
    expect((await entity(seoul, 'Pentagon')).id).toBe(pentagonPlace.id);
  });

  it('merges library-wide, and the merge stays', async () => {
    const trump = await entity(seoul, 'Donald Trump');
    const biden = await entity(pentagon, 'Joe Biden');
    const merged = corrections().merge(biden.id, trump.id);
    expect(merged).toMatchObject({ id: trump.id, canonical: 'Donald Trump' });
    expect(merged.aliases).toEqual(['Joe Biden', 'Trump']);
    await reextractEverything();
    expect(await find(pentagon, 'Joe Biden')).toBeUndefined();
    expect(await texts(pentagon, trump.id)).toEqual(['Trump', 'Joe Biden']);
    // A third document mentioning him is extracted onto the merged entity too.
    const third = library.add('Joe Biden spoke.');
    expect(await texts(third, trump.id)).toEqual(['Joe Biden']);
    // The merged id still leads to the entity.
    expect(library.entities.get(biden.id).entity.id).toBe(trump.id);
  });

  it('splits a wrong merge, and the split stays, in other documents too', async () => {
    const trump = await entity(seoul, 'Donald Trump');
    const split = corrections().split(trump.id, 'Trump');
    expect(split).toMatchObject({ canonical: 'Trump', type: 'person' });
    expect(await texts(seoul, trump.id)).toEqual(['Donald Trump']);
    expect(await texts(seoul, split.id)).toEqual(['Trump', 'Trump']);
    expect(await texts(pentagon, split.id)).toEqual(['Trump']);
    await reextractEverything();
    expect(await texts(seoul, trump.id)).toEqual(['Donald Trump']);
    expect(await texts(seoul, split.id)).toEqual(['Trump', 'Trump', 'Trump']);
    expect(await texts(pentagon, split.id)).toEqual(['Trump']);
    // Merging back undoes it, whatever the order of the two in the log.
    corrections().merge(split.id, trump.id);
    await reextractEverything();
    expect(await texts(pentagon, trump.id)).toEqual(['Trump']);
  });

  it('hides an entity: still listed, as hidden, through re-extraction', async () => {
    const truth = await entity(seoul, 'Truth Social');
    expect(corrections().hide(truth.id, true).hidden).toBe(true);
    await reextractEverything();
    expect(await entity(seoul, 'Truth Social')).toMatchObject({ id: truth.id, hidden: true });
    expect(corrections().hide(truth.id, false).hidden).toBe(false);
  });

  it('adds an entity from a selection and finds its other mentions, here and elsewhere', async () => {
    const biden = library.add(bidenText, 'Biden');
    await list(biden);
    const body = library.store.versions.findCurrent(biden)?.body ?? '';
    const start = body.indexOf('Special Measures Agreement');
    const added = corrections().addFromSelection(biden, start - 1, start + 27, 'misc');
    expect(added).toMatchObject({ canonical: 'Special Measures Agreement', type: 'misc' });
    expect(await texts(biden, added.id)).toEqual(['Special Measures Agreement']);
    const seoulPlace = await entity(seoul, 'Seoul');
    const region = corrections().addFromSelection(
      biden,
      body.indexOf('Seoul'),
      body.indexOf('Seoul') + 5,
      'misc',
    );
    // "Seoul" of the dictionary is replaced by the user's entity in every extracted document.
    expect(await texts(seoul, region.id)).toEqual(['Seoul', 'Seoul']);
    expect(await find(seoul, 'Seoul')).toMatchObject({ id: region.id, type: 'misc' });
    expect(seoulPlace.id).not.toBe(region.id);
    await reextractEverything();
    expect(await texts(seoul, region.id)).toEqual(['Seoul', 'Seoul', 'Seoul']);
    // A document added later gets it on its first extraction.
    const later = library.add('The Special Measures Agreement expires.');
    expect(await texts(later, added.id)).toEqual(['Special Measures Agreement']);
  });

  it('refuses bad corrections clearly and changes nothing', async () => {
    const trump = await entity(seoul, 'Donald Trump');
    const before = library.dumpAll();
    const refusals: Array<[() => unknown, RegExp, string]> = [
      [() => corrections().rename('e-404', 'X'), /no entity with id "e-404"/u, 'not_found'],
      [
        () => corrections().merge(trump.id, trump.id),
        /cannot be merged into itself/u,
        'invalid_input',
      ],
      [() => corrections().merge(trump.id, 'e-404'), /no entity/u, 'not_found'],
      [
        () => corrections().split(trump.id, 'Donald'),
        /not an alias of "Donald Trump" \(its aliases: "Trump"\)/u,
        'invalid_input',
      ],
      [
        () => corrections().split(trump.id, 'Donald Trump'),
        /name of the entity itself/u,
        'invalid_input',
      ],
      [() => corrections().hide('e-404', true), /no entity/u, 'not_found'],
      [
        () => corrections().addFromSelection(seoul, 0, 5000, 'person'),
        /past the end of the text/u,
        'invalid_input',
      ],
      [() => corrections().addFromSelection(seoul, 12, 13, 'person'), /no words/u, 'invalid_input'],
      [
        () => corrections().addFromSelection(seoul, 30, 60, 'place'),
        /within one paragraph/u,
        'invalid_input',
      ],
      [
        () => corrections().addFromSelection('nope', 0, 4, 'person'),
        /no document with id "nope"/u,
        'not_found',
      ],
      [() => corrections().retype('e-404', 'place' as EntityType), /no entity/u, 'not_found'],
    ];
    for (const [run, message, code] of refusals) {
      const error = thrown(run);
      expect(error.message).toMatch(message);
      expect(error.code).toBe(code);
    }
    expect(library.dumpAll()).toEqual(before);
  });

  it('logs every correction in order', async () => {
    const trump = await entity(seoul, 'Donald Trump');
    corrections().rename(trump.id, 'D. Trump');
    corrections().hide(trump.id, true);
    const kinds = library.db
      .prepare(`SELECT kind FROM entity_corrections ORDER BY seq`)
      .pluck()
      .all();
    expect(kinds).toEqual(['rename', 'hide']);
  });
});
