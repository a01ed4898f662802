import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentEntitiesSchema, entityCardSchema, type DocEntity } from '../../shared/entities';
import {
  bundledArticle,
  loadTimeout,
  dictionaryExtract,
  newsEntries,
  openEntitiesLibrary,
  type EntitiesTestLibrary,
} from './testing';
import type { ExtractResult } from './types';
import { thrown } from '../library/testing';
import type { Extract } from './service';
import { contextAround } from './views';

const seoulText =
  'Donald Trump met officials in Seoul on Tuesday.\n\n' +
  'Trump said Seoul should pay $1.47 billion. Later Trump posted on Truth Social.';
const pentagonText = 'Trump spoke at the Pentagon. Joe Biden answered from the Pentagon.';

const named = (entities: DocEntity[], canonical: string): DocEntity => {
  const entity = entities.find((candidate) => candidate.canonical === canonical);
  if (!entity) throw new Error(`no entity ${canonical}`);
  return entity;
};

/** A promise with its resolve and reject at hand. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

describe('entities.list', () => {
  let library: EntitiesTestLibrary;
  afterEach(() => library.close());

  it('extracts a short text before answering, once, and lists it by mentions', async () => {
    const extract = vi.fn(dictionaryExtract(newsEntries));
    library = await openEntitiesLibrary(extract);
    const id = library.add(seoulText);
    const first = await library.entities.list(id);
    expect(documentEntitiesSchema.parse(first)).toEqual(first);
    expect(first).toMatchObject({ state: 'ready', progress: 1, version: 1, error: null });
    expect(first.entities.map((entity) => [entity.canonical, entity.mentionCount])).toEqual([
      ['Donald Trump', 3],
      ['Seoul', 2],
      ['$1.47 billion', 1],
      ['Truth Social', 1],
    ]);
    expect(named(first.entities, 'Donald Trump')).toMatchObject({
      type: 'person',
      aliases: ['Trump'],
      value: null,
      hidden: false,
      documentCount: 1,
      noteCount: 0,
    });
    expect(named(first.entities, '$1.47 billion').value).toBe('1470000000 USD');
    const body = library.store.versions.findCurrent(id)?.body ?? '';
    for (const mention of first.mentions) {
      expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(first.mentions.map((mention) => mention.start)).toEqual(
      [...first.mentions.map((mention) => mention.start)].sort((a, b) => a - b),
    );
    expect(await library.entities.list(id)).toEqual(first);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('reads relative dates against the publication date, else the date added', async () => {
    const extract = vi.fn(dictionaryExtract([]));
    library = await openEntitiesLibrary(extract);
    const id = library.add(seoulText);
    await library.entities.list(id);
    expect(extract.mock.calls[0]?.[1].documentDate).toBe('2025-03-01T10:00:01.000Z');
    library.db.prepare(`UPDATE documents SET published_at = '2025-04-07' WHERE id = ?`).run(id);
    await library.entities.refresh(id);
    expect(extract.mock.calls[1]?.[1].documentDate).toBe('2025-04-07');
  });

  it('extracts a long text in the background, reporting progress', async () => {
    const gate = deferred<undefined>();
    const extract: Extract = async (text, options) => {
      options.onProgress(0.4);
      await gate.promise;
      return dictionaryExtract(newsEntries)(text, options);
    };
    library = await openEntitiesLibrary(extract, 10);
    const id = library.add(seoulText);
    expect(await library.entities.list(id)).toMatchObject({
      state: 'extracting',
      progress: 0.4,
      entities: [],
      mentions: [],
    });
    expect((await library.entities.list(id)).state).toBe('extracting');
    gate.resolve(undefined);
    await library.entities.settle();
    const ready = await library.entities.list(id);
    expect(ready.state).toBe('ready');
    expect(ready.entities).toHaveLength(4);
  });

  it('reports a failed extraction as a state, and tries again on refresh', async () => {
    let fail = true;
    const working = dictionaryExtract(newsEntries);
    const extract = vi.fn<Extract>((text, options) =>
      fail ? Promise.reject(new Error('the tagger ran out of memory')) : working(text, options),
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    library = await openEntitiesLibrary(extract);
    const id = library.add(seoulText);
    const failed = await library.entities.list(id);
    expect(failed).toMatchObject({ state: 'failed', entities: [], mentions: [] });
    expect(failed.error).toMatch(/could not be extracted: the tagger ran out of memory/u);
    expect(error).toHaveBeenCalledTimes(1);
    expect((await library.entities.list(id)).state).toBe('failed');
    expect(extract).toHaveBeenCalledTimes(1);
    fail = false;
    expect((await library.entities.refresh(id)).state).toBe('ready');
    error.mockRestore();
  });

  it('extracts a new version of the text, and drops a result for a text since replaced', async () => {
    const gate = deferred<undefined>();
    const working = dictionaryExtract(newsEntries);
    let calls = 0;
    const extract: Extract = async (text, options) => {
      calls += 1;
      if (calls === 2) await gate.promise;
      return working(text, options);
    };
    library = await openEntitiesLibrary(extract, 100);
    const id = library.add(seoulText);
    expect(seoulText.length).toBeGreaterThan(100);
    expect(pentagonText.length).toBeLessThan(100);
    expect((await library.entities.list(id)).state).toBe('extracting');
    await library.entities.settle();
    expect(await library.entities.list(id)).toMatchObject({ state: 'ready', version: 1 });
    // Version 2 is still being extracted when version 3 arrives.
    library.documents.replaceText({ id, text: `${seoulText}\n\nA tail.` });
    expect(await library.entities.list(id)).toMatchObject({ state: 'extracting', version: 2 });
    library.documents.replaceText({ id, text: pentagonText });
    const current = await library.entities.list(id);
    expect(current).toMatchObject({ state: 'ready', version: 3 });
    const names = current.entities.map((entity) => entity.canonical).sort();
    expect(names).toEqual(['Joe Biden', 'Pentagon', 'Trump']);
    gate.resolve(undefined);
    await library.entities.settle();
    expect(await library.entities.list(id)).toEqual(current);
    expect(calls).toBe(3);
  });

  it('is library-wide: one entity for the same name in two documents', async () => {
    library = await openEntitiesLibrary();
    const seoul = library.add(seoulText, 'Seoul');
    const pentagon = library.add(pentagonText, 'Pentagon');
    const first = await library.entities.list(seoul);
    const second = await library.entities.list(pentagon);
    // The second text says "Trump" only: the name joins the Donald Trump of the first.
    const trump = named(first.entities, 'Donald Trump');
    expect(second.mentions.filter((mention) => mention.entityId === trump.id)).toHaveLength(1);
    const again = await library.entities.list(seoul);
    expect(named(again.entities, 'Donald Trump').documentCount).toBe(2);
    const card = library.entities.get(trump.id);
    expect(entityCardSchema.parse(card)).toEqual(card);
    expect(card.entity).toMatchObject({ mentionCount: 4, documentCount: 2 });
    expect(card.mentions.map((mention) => [mention.documentTitle, mention.text])).toEqual([
      ['Pentagon', 'Trump'],
      ['Seoul', 'Donald Trump'],
      ['Seoul', 'Trump'],
      ['Seoul', 'Trump'],
    ]);
    expect(card.mentions[0]).toMatchObject({
      before: '',
      after: ' spoke at the Pentagon. Joe Biden answered from the Pentagon.',
    });
    // A line of context stays within its paragraph.
    expect(card.mentions[1]).toMatchObject({
      before: '',
      after: ' met officials in Seoul on Tuesday.',
    });
    library.documents.delete(pentagon);
    expect(library.entities.get(trump.id).entity.documentCount).toBe(1);
  });

  it('refuses unknown documents and entities clearly', async () => {
    library = await openEntitiesLibrary();
    await expect(library.entities.list('nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(library.entities.refresh('nope')).rejects.toMatchObject({ code: 'not_found' });
    expect(thrown(() => library.entities.get('nope')).message).toMatch(/no entity with id "nope"/u);
  });
});

describe('entities.list with the engine', () => {
  it(
    'lists the people, places and amounts of the bundled article',
    async () => {
      const engine = await import('./worker');
      const extract: Extract = (text, options) =>
        engine.extractEntitiesInWorker(text, options) as Promise<ExtractResult>;
      const library = await openEntitiesLibrary(extract);
      try {
        const id = library.add(bundledArticle());
        const result = await library.entities.list(id);
        expect(result.state).toBe('ready');
        expect(named(result.entities, 'Donald Trump')).toMatchObject({
          type: 'person',
          aliases: ['Trump'],
          mentionCount: 7,
        });
        expect(named(result.entities, 'United States').aliases).toEqual(['U.S.']);
        expect(named(result.entities, '8.3%')).toMatchObject({ type: 'percent', value: '8.3' });
      } finally {
        library.close();
      }
    },
    loadTimeout,
  );
});

describe('contextAround', () => {
  it('gives a line around a mention: whole words, within the paragraph, cut with an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const body = `Title\n\n${words} Seoul ${words}\n\nNext.`;
    const start = body.indexOf('Seoul');
    const { before, after } = contextAround(body, start, start + 5);
    expect(before.startsWith('…word')).toBe(true);
    expect(before.endsWith('word39 ')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(81);
    expect(after.startsWith(' word0 word1')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(after).not.toMatch(/\n/u);
    expect(contextAround('Seoul.', 0, 5)).toEqual({ before: '', after: '.' });
  });
});
