import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { repoRoot } from '../../e2e/support/paths';
import { backupFolderName, databaseFileName, openDatabase } from '../../src/core/db/connection';
import { createEntitiesRepository } from '../../src/core/entities/repository';
import { createMentionsRepository } from '../../src/core/entities/mentionsRepository';
import { createStore } from '../../src/core/db/store';
import { latestVersion } from '../../src/core/db/migrations';
import type { ExtractResult, ExtractedEntity } from '../../src/core/entities/types';
import { createAnnotationsService } from '../../src/core/annotations/service';
import { createDocumentsService } from '../../src/core/documents/service';
import { createCitationsService } from '../../src/core/citations/service';
import { createReferenceWarmer, type ReferenceWarmer } from '../../src/core/citations/warm';
import { extractorVersion } from '../../src/core/entities/service';
import { occurrences, storeExtraction } from '../../src/core/entities/mapping';
import { createNotesService } from '../../src/core/notes/service';
import {
  createEntityCorrections,
  type CorrectionContext,
} from '../../src/core/entities/corrections';
import { createNoteLinksRepository } from '../../src/core/entities/noteLinksRepository';
import { generateText } from '../../src/shared/anchoring/generatedText';
import { seededRandom } from '../../src/shared/random';
import type { EntityType } from '../../src/shared/entities';
import type { HighlightColor } from '../../src/shared/annotations';

/**
 * A researcher's library, built the same way every time: news-sized texts (2 to 12 KB, one in
 * fifty of 50 KB, one in five hundred of 500 KB), five highlights each with tags, a note on two of
 * them, a document note on every fifth document, and entities as an extraction stores them (a
 * few thousand names shared between documents, and one, the popular entity, in every tenth
 * document). Built straight through the core's services and repositories (references made at
 * import, as the app makes them), a few hundred documents a transaction:
 * 10,000 documents through the contract, one commit each, would take many minutes.
 */

/** The name in every tenth document: 1,000 documents of a 10,000-document library. */
export const popularName = 'Hanseatic Wire Service';
/** Titles hold this word in one document out of a hundred: what the filter bench types. */
export const rareTitleWord = 'Lighthouse';

const syllables = 'ka ri mo ta ven lo sa dri el an bor gu ne fi ha ru sel mar to pin'.split(' ');
const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const tags = ['method', 'data', 'claim', 'followup', 'quote', 'context'];

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const word = (random: () => number, parts: number): string =>
  capitalised(
    Array.from(
      { length: parts },
      () => syllables[Math.floor(random() * syllables.length)] ?? 'ka',
    ).join(''),
  );

interface NameInPool {
  name: string;
  type: EntityType;
}

/** A few thousand distinct names of people, organisations and places. */
const namePool = (size: number): NameInPool[] => {
  const random = seededRandom(21);
  const seen = new Set<string>();
  const pool: NameInPool[] = [];
  const kinds: ReadonlyArray<readonly [EntityType, () => string]> = [
    ['person', () => `${word(random, 2)} ${word(random, 3)}`],
    ['organization', () => `${word(random, 3)} ${random() < 0.5 ? 'Council' : 'Bank'}`],
    ['place', () => word(random, 3)],
  ];
  while (pool.length < size) {
    const [type, make] = kinds[pool.length % kinds.length] ?? ['place', () => word(random, 4)];
    const name = make();
    if (!seen.has(name)) {
      seen.add(name);
      pool.push({ name, type });
    }
  }
  return pool;
};

const sizeOf = (index: number, random: () => number): number =>
  index % 500 === 250
    ? 500_000
    : index % 50 === 25
      ? 50_000
      : 2_000 + Math.floor(random() * 10_000);

/** The text and the names it mentions: generated prose with a name every few sentences. */
const documentText = (
  index: number,
  pool: readonly NameInPool[],
): { title: string; text: string; names: NameInPool[] } => {
  const random = seededRandom(5_000 + index);
  const prose = generateText(sizeOf(index, random), 5_000 + index).split('\n\n');
  const names: NameInPool[] = [];
  // Zipf-like: squaring favours the front of the pool, so some names recur across many documents.
  for (let n = 0; n < 8; n += 1) {
    const pick = pool[Math.floor(random() * random() * pool.length)];
    if (pick && !names.includes(pick)) names.push(pick);
  }
  // Every other paragraph ends on a name, in turn; the popular one comes first, where even the
  // shortest text has it.
  const paragraphs = prose.map((paragraph, at) => {
    const named = names[(at / 2) % names.length];
    return named && at % 2 === 0 ? `${paragraph} ${named.name} said so again.` : paragraph;
  });
  if (index % 10 === 0) {
    names.push({ name: popularName, type: 'organization' });
    paragraphs[0] = `${paragraphs[0] ?? ''} The ${popularName} reported it first.`;
  }
  const topic = names[0]?.name ?? 'Report';
  const rare = index % 100 === 7 ? ` ${rareTitleWord}` : '';
  return { title: `${topic}${rare} report ${index + 1}`, text: paragraphs.join('\n\n'), names };
};

const extractionOf = (body: string, names: readonly NameInPool[]): ExtractResult => {
  const entities = names.flatMap(({ name, type }): ExtractedEntity[] => {
    const mentions = occurrences(body, name).map(([start, end]) => ({
      text: name,
      type,
      start,
      end,
      canonical: name,
    }));
    return mentions.length ? [{ canonical: name, type, mentions, aliases: [] }] : [];
  });
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  return { entities, mentions };
};

const addAnnotations = (
  services: {
    annotations: ReturnType<typeof createAnnotationsService>;
    notes: ReturnType<typeof createNotesService>;
  },
  documentId: string,
  body: string,
  index: number,
): void => {
  const random = seededRandom(9_000 + index);
  for (let n = 0; n < 5; n += 1) {
    const from = Math.floor(((n + random()) / 5) * (body.length - 120));
    const start = body.indexOf(' ', from) + 1;
    const highlight = services.annotations.create({
      documentId,
      start,
      end: start + 30 + Math.floor(random() * 80),
      color: colors[(index + n) % colors.length] ?? 'yellow',
    });
    services.annotations.update({
      id: highlight.id,
      tags: [tags[(index + n) % tags.length] ?? 'data'],
    });
    if (n % 3 === 0) {
      services.notes.save({
        documentId,
        highlightId: highlight.id,
        body: `Check this against the ${tags[n] ?? 'data'} of report ${index + 1}.`,
        tags: n === 0 ? ['followup'] : [],
      });
    }
  }
  if (index % 5 === 0) {
    services.notes.save({
      documentId,
      highlightId: null,
      body: `Whole report ${index + 1}: compare with the earlier coverage.`,
      tags: ['summary'],
    });
  }
};

/** A user's corrections of the extraction: a rename, a merge and a hidden entity. */
const correct = (context: CorrectionContext, pool: readonly NameInPool[]): void => {
  const corrections = createEntityCorrections(context);
  // The most common names (the front of the pool) that made it into some document.
  const found = pool.slice(0, 40).flatMap(({ type, name }) => {
    const entity = context.entities.findByName(type, name)[0];
    return entity ? [entity] : [];
  });
  const [, renamed, , , merged, into, hidden] = found;
  if (!renamed || !merged || !into || !hidden) return;
  corrections.rename(renamed.id, `${renamed.canonical} (renamed)`);
  corrections.merge(merged.id, into.id);
  corrections.hide(hidden.id, true);
};

const batchSize = 250;

const fill = (db: Database.Database, documentCount: number): ReferenceWarmer => {
  const store = createStore(db);
  // Added a minute apart, from a fixed date: the same order and dates every run.
  let clock = Date.parse('2024-01-01T00:00:00.000Z');
  const now = () => new Date(clock);
  // References are made at import, as the app makes them (and formatted in the default style).
  const citations = createCitationsService(db, store, { now });
  const documents = createDocumentsService(store, { now, onImported: citations.attach });
  const annotations = createAnnotationsService(store, { now });
  const notes = createNotesService(store, { now });
  const context = {
    entities: createEntitiesRepository(db),
    mentions: createMentionsRepository(db),
    newId: randomUUID,
    stamp: () => now().toISOString(),
  };
  const pool = namePool(3_000);
  // Transactions of a few hundred documents: one for everything outgrows SQLite's page cache
  // and rewrites the same index pages into the WAL again and again, slower with every batch.
  const batch = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      clock += 60_000;
      const { title, text, names } = documentText(index, pool);
      const { id } = documents.importText({ title, text, source: `wire-${index % 40}.txt` });
      const current = store.versions.findCurrent(id);
      if (!current) throw new Error(`document ${id} was not stored`);
      addAnnotations({ annotations, notes }, id, current.body, index);
      storeExtraction(
        context,
        { documentId: id, version: current.version, body: current.body },
        extractionOf(current.body, names),
        extractorVersion,
      );
    }
  });
  for (let from = 0; from < documentCount; from += batchSize) {
    batch(from, Math.min(documentCount, from + batchSize));
  }
  db.transaction(() =>
    correct({ ...context, store, links: createNoteLinksRepository(db) }, pool),
  )();
  // What the app's idle formatting has done by the time a user exports (citations/warm.ts).
  return createReferenceWarmer(db, store, citations.formatted);
};

/** Builds the library into `dataDir` (which holds no library yet). */
export const buildScaleLibrary = async (dataDir: string, documentCount: number): Promise<void> => {
  const db = await openDatabase(dataDir);
  try {
    // A bench library, rebuilt when lost: no need to wait for the disk at every commit.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    // The product's own triggers index every highlight (by key since migration 11).
    await fill(db, documentCount).warm();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
};

/**
 * The library of `documentCount` documents in a fresh copy under `dataDir`. Built once per
 * machine and builder (the cache key hashes this file), then copied: building
 * 10,000 documents takes minutes on a busy machine, copying a second.
 */
export const copyScaleLibrary = async (dataDir: string, documentCount: number): Promise<void> => {
  // The builder's code without its imports, which move with the source tree.
  const source = (await readFile(join(repoRoot, 'bench/support/scaleLibrary.ts'), 'utf8'))
    .split('\n')
    .filter((line) => !/^import |^\} from |^ {2}\w+,$/u.test(line))
    .join('\n');
  // The schema version too: a library left by another branch's migrations is never reused.
  const key = createHash('sha256')
    .update(`${source}\n${documentCount}\n${latestVersion()}`)
    .digest('hex')
    .slice(0, 12);
  const cache = join(tmpdir(), `gloss-scale-${documentCount}-${key}`);
  if (!existsSync(join(cache, databaseFileName))) {
    const building = `${cache}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const started = performance.now();
    await buildScaleLibrary(building, documentCount);
    await rm(cache, { recursive: true, force: true });
    await rename(building, cache);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`  built the ${documentCount}-document library in ${seconds} s (${cache})`);
  }
  // A cache built before a new migration is brought up to date once, here, not at every copy.
  (await openDatabase(cache)).close();
  await rm(join(cache, backupFolderName), { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await copyFile(join(cache, databaseFileName), join(dataDir, databaseFileName));
};
