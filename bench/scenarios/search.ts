import { openDatabase } from '../../src/core/db/connection';
import { createStore } from '../../src/core/db/store';
import { createAnnotationsService } from '../../src/core/annotations/service';
import { createDocumentsService } from '../../src/core/documents/service';
import { createNotesService } from '../../src/core/notes/service';
import { generateText } from '../../src/shared/anchoring/generatedText';
import { seededRandom } from '../../src/shared/random';
import { since, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';

const documentCount = 500;
const notesPerDocument = 20;
const queryCount = 400;

// Rare words: each goes into a handful of documents (places) or notes (note-only words).
const places = 'rotterdam busan gdansk mombasa valparaiso chittagong antwerp durban'.split(' ');
const noteWords = (
  'follow up check source verify quote later compare figures disputed context timeline ' +
  'background interview claim contradicts earlier reporting important question unclear'
).split(' ');
const noteRare = 'zeitenwende ostpolitik realpolitik brinkmanship détente'.split(' ');

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

/** A news-sized text (2,500 to 9,000 characters), its own seed, a rare place now and then. */
const articleText = (index: number): string => {
  const random = seededRandom(1000 + index);
  const text = generateText(2_500 + Math.floor(random() * 6_500), 1000 + index);
  return index % 10 === 0 ? `${text}\n\nReported from ${pick(places, random)}.` : text;
};

const noteBody = (random: () => number, index: number): string => {
  const words = Array.from({ length: 6 + Math.floor(random() * 20) }, () =>
    pick(noteWords, random),
  );
  if (index % 50 === 0) words.push(pick(noteRare, random));
  return `${words.join(' ')}.`;
};

/**
 * The library of the issue: 500 documents, and 10,000 notes each on a highlight. Built through
 * the core's services in one transaction (20,000 committed writes would take minutes).
 */
const buildLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir);
  try {
    const store = createStore(db);
    const documents = createDocumentsService(store);
    const annotations = createAnnotationsService(store);
    const notes = createNotesService(store);
    const random = seededRandom(7);
    db.transaction(() => {
      for (let index = 0; index < documentCount; index += 1) {
        const text = articleText(index);
        const { id: documentId } = documents.importText({ text, title: `Report ${index + 1}` });
        const body = documents
          .get(documentId)
          .blocks.map((block) => block.text)
          .join('\n\n');
        for (let n = 0; n < notesPerDocument; n += 1) {
          const start = body.indexOf(' ', Math.floor(random() * (body.length - 200))) + 1;
          const highlight = annotations.create({
            documentId,
            start,
            end: start + 40,
            color: 'yellow',
          });
          notes.save({
            documentId,
            highlightId: highlight.id,
            body: noteBody(random, index * notesPerDocument + n),
            tags: [],
          });
        }
      }
    })();
  } finally {
    db.close();
  }
};

/** What people type: common and rare words, prefixes, phrases, note words, several words. */
const queries = (): string[] => {
  const random = seededRandom(11);
  const text = generateText(20_000, 3)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const kinds: (() => string)[] = [
    () => `${pick(text, random)} `,
    () => `${pick(places, random)} `,
    () => pick(text, random).slice(0, 2 + Math.floor(random() * 3)),
    () => {
      const at = Math.floor(random() * (text.length - 2));
      return `"${text[at]} ${text[at + 1]}"`;
    },
    () => `${pick(noteWords, random)} `,
    () => pick(noteRare, random),
    () => `${pick(text, random)} ${pick(text, random)} ${pick(text, random).slice(0, 3)}`,
  ];
  return Array.from({ length: queryCount }, (_, index) =>
    (kinds[index % kinds.length] as () => string)(),
  );
};

/**
 * Search as the search box calls it (search.query, 20 documents) over 500 documents and
 * 10,000 notes, for a few hundred varied queries; the first 20 warm the statements up.
 */
export const search: Scenario = {
  name: 'search',
  description: `core in process: ${queryCount} queries over ${documentCount} documents, ${documentCount * notesPerDocument} notes`,
  measure: () =>
    withDataDir(async (dataDir) => {
      await buildLibrary(dataDir);
      return withCore(dataDir, async ({ handlers }) => {
        const samples = { 'search.query': [] as number[] };
        const all = queries();
        for (const [index, query] of all.entries()) {
          const start = performance.now();
          const results = await settle(handlers['search.query']({ query }));
          if (index >= 20) samples['search.query'].push(since(start));
          if (index < all.length / 2 && results.groups.length === 0 && !query.startsWith('"')) {
            throw new Error(`no results for ${JSON.stringify(query)}`);
          }
        }
        return samples;
      });
    }),
};
