import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { methods, type MethodName, type MethodOutput } from '../../shared/contract';
import type { EntityMention, EntityType } from '../../shared/entities';
import type { Result } from '../../shared/result';
import { dispatch } from '../dispatch';
import { openCore, type Core } from '../index';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';
import { occurrences as occurrencesIn } from './mapping';
import { createEntitiesService, type Extract } from './service';
import type { ExtractedEntity, ExtractResult } from './types';

/** Test helpers: the bundled article and lookups into an extraction result. */
export const bundledArticle = (): string =>
  readFileSync(join(repoResourcesDir, '000_dff1b5ee7486004a.txt'), 'utf8');

export const testText = (name: string): string =>
  readFileSync(join(__dirname, 'testdata', name), 'utf8');

export const entityNamed = (
  result: ExtractResult,
  type: EntityType,
  canonical: string,
): ExtractedEntity | undefined =>
  result.entities.find((entity) => entity.type === type && entity.canonical === canonical);

/** Offsets of every whole-word occurrence of `surface` in `text`. */
export const occurrences = (text: string, surface: string): number[] => {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
};

/** Minutes a test may take to load compromise, wink and the gazetteers on a busy machine. */
export const loadTimeout = 120_000;

/** A name the dictionary extractor finds wherever it occurs. */
export interface Entry {
  surface: string;
  type: EntityType;
  value?: string;
}

/*
 * A stand-in for the engine, so that these tests do not move when the engine's judgement does:
 * it finds the given names wherever they occur as whole words, and, like the engine, gives a
 * lone surname the full name it has in the same text ("Trump" of "Donald Trump").
 */
export const dictionaryExtract =
  (entries: readonly Entry[]): Extract =>
  async (text, { onProgress }) => {
    const present = entries.filter((entry) => occurrencesIn(text, entry.surface).length > 0);
    const canonicalOf = (entry: Entry): string => {
      if (entry.type !== 'person') return entry.surface;
      const fuller = present.find(
        (other) => other.type === 'person' && other.surface.endsWith(` ${entry.surface}`),
      );
      return fuller?.surface ?? entry.surface;
    };
    const found: EntityMention[] = present.flatMap((entry) =>
      occurrencesIn(text, entry.surface).map(([start, end]) => ({
        text: entry.surface,
        type: entry.type,
        start,
        end,
        canonical: canonicalOf(entry),
        ...(entry.value === undefined ? {} : { value: entry.value }),
      })),
    );
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions = found.filter((mention, index) =>
      found.slice(0, index).every((earlier) => earlier.end <= mention.start),
    );
    const groups = new Map<string, ExtractedEntity>();
    for (const mention of mentions) {
      const key = `${mention.type}\u0000${mention.canonical}`;
      const entity = groups.get(key) ?? {
        canonical: mention.canonical,
        type: mention.type,
        mentions: [],
        aliases: [],
        ...(mention.value === undefined ? {} : { value: mention.value }),
      };
      entity.mentions.push(mention);
      groups.set(key, entity);
    }
    onProgress(1);
    return Promise.resolve({ mentions, entities: [...groups.values()] });
  };

/** The names the dictionary tests use. */
export const newsEntries: Entry[] = [
  { surface: 'Donald Trump', type: 'person' },
  { surface: 'Trump', type: 'person' },
  { surface: 'Joe Biden', type: 'person' },
  { surface: 'Biden', type: 'person' },
  { surface: 'Seoul', type: 'place' },
  { surface: 'Pentagon', type: 'place' },
  { surface: 'Truth Social', type: 'organization' },
  { surface: '$1.47 billion', type: 'money', value: '1470000000 USD' },
];

const entityTables = [
  'entities',
  'entity_aliases',
  'entity_extractions',
  'mentions',
  'entity_corrections',
  'note_entity_links',
];

export interface EntitiesTestLibrary extends TestLibrary {
  entities: ReturnType<typeof createEntitiesService>;
  /** The rows of every table, the entity tables included. */
  dumpAll: () => Record<string, unknown[]>;
  /** Imports a text and returns its document id. */
  add: (text: string, title?: string) => string;
}

export const openEntitiesLibrary = async (
  extract: Extract = dictionaryExtract(newsEntries),
  inlineBelow?: number,
): Promise<EntitiesTestLibrary> => {
  const library = await openTestLibrary();
  let id = 0;
  let clock = Date.parse('2025-06-01T10:00:00.000Z');
  const entities = createEntitiesService(library.db, library.store, {
    extract,
    newId: () => `e-${(id += 1)}`,
    now: () => new Date((clock += 1000)),
    ...(inlineBelow === undefined ? {} : { inlineBelow }),
  });
  const dumpTables = (db: Database.Database) =>
    Object.fromEntries(
      entityTables.map((table) => [
        table,
        db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
      ]),
    );
  return {
    ...library,
    entities,
    dumpAll: () => ({ ...library.dump(), ...dumpTables(library.db) }),
    add: (text, title) => library.documents.importText({ text, ...(title ? { title } : {}) }).id,
  };
};

/**
 * The real core on a fresh data folder for each test, its methods called through dispatch as
 * the renderer calls them, outputs checked against the contract.
 */
export const useTestCore = () => {
  let dir = '';
  let core: Core | undefined;
  beforeEach(async () => {
    dir = makeTempDir();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  });
  afterEach(() => {
    core?.close();
    removeTempDir(dir);
  });
  const opened = (): Core => {
    if (!core) throw new Error('the test core is not open');
    return core;
  };
  /** The raw answer, for tests of refusals. */
  const send = (method: MethodName, input: unknown): Promise<Result<unknown>> =>
    dispatch(opened().handlers, method, input);
  const call = async <M extends MethodName>(
    method: M,
    input: unknown,
  ): Promise<MethodOutput<M>> => {
    const result = await send(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return methods[method].output.parse(result.value) as MethodOutput<M>;
  };
  /** Closes the core and opens it again on the same data, as a restart of the app. */
  const reopen = async (): Promise<void> => {
    opened().close();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  };
  return { call, send, reopen, dataDir: () => dir };
};
