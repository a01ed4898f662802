import type Database from 'better-sqlite3';
import type { EntityMention, EntityType } from '../../shared/entities';
import type { ExtractedEntity } from '../entities/types';
import { createEntitiesService, type Extract } from '../entities/service';
import { occurrences } from '../entities/mapping';
import { openTestLibrary, type TestLibrary } from './library';

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
    const present = entries.filter((entry) => occurrences(text, entry.surface).length > 0);
    const canonicalOf = (entry: Entry): string => {
      if (entry.type !== 'person') return entry.surface;
      const fuller = present.find(
        (other) => other.type === 'person' && other.surface.endsWith(` ${entry.surface}`),
      );
      return fuller?.surface ?? entry.surface;
    };
    const found: EntityMention[] = present.flatMap((entry) =>
      occurrences(text, entry.surface).map(([start, end]) => ({
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
