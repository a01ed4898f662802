import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '../../shared/annotations';
import { generateText } from '../../shared/anchoring/generatedText';
import { seededRandom } from '../../shared/random';
import { createCitationsService } from '../citations/service';
import { dictionaryExtract, newsEntries, openEntitiesLibrary } from '../entities/testing';
import { createExportService } from './service';
import { firstExportTimeout, pinnedAt } from './testing';

/*
 * A whole-library Markdown export of 250 documents (past the counts from which the library is
 * read table by table and the bibliography assembled in a worker) must stay the bytes it was
 * before those were written: the digest below is of the vault main's code (2e424a5) wrote for
 * this library. A change meant to alter the files changes it, and says so in its commit.
 */
const expectedDigest = 'fcbb197cfa83f4ab719ad83a04dbf187288287509ea00206ea1782edb5606857';

const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const noteBodies = [
  'Plain note.',
  'A **bold** point and a [link](https://example.org).\n\n- one\n- two',
  '# A heading in a note\n\nWith text # and ^caret and ==marks==.',
  'Seoul: talks & “costs” — #notatag',
];

/** The bytes of every file of the folder, names sorted, as one digest. */
const folderDigest = (folder: string): string => {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) {
    hash
      .update(`${name}\n`)
      .update(readFileSync(path.join(folder, name)))
      .update('\n');
  }
  return hash.digest('hex');
};

describe('a Markdown export of a mid-sized library', () => {
  let library: Awaited<ReturnType<typeof openEntitiesLibrary>>;
  beforeEach(async () => {
    library = await openEntitiesLibrary(dictionaryExtract(newsEntries));
  });
  afterEach(() => library.close());

  it(
    'is byte for byte what it was',
    async () => {
      const citations = createCitationsService(library.db, library.store);
      const exporter = createExportService(library.db, library.store, {
        now: () => new Date('2025-08-01T09:00:00.000Z'),
        references: citations.ensure,
        extractEntities: async (id) => {
          await library.entities.list(id);
        },
        formatted: citations.formatted,
      });
      const random = seededRandom(21);
      const names = ['Donald Trump', 'Seoul', 'Joe Biden', 'the Pentagon', 'Truth Social'];
      for (let index = 0; index < 250; index += 1) {
        const name = names[index % names.length] as string;
        const text = `${name} spoke on day ${index}.\n\n${generateText(600 + (index % 7) * 300, index + 1)}`;
        const id = library.add(text, index % 9 === 0 ? `Report: ${name} #${index}` : undefined);
        const body = library.store.versions.findCurrent(id)?.body ?? '';
        for (let mark = 0; mark < 3; mark += 1) {
          const start = Math.floor(random() * (body.length - 40));
          const created = library.annotations.create({
            documentId: id,
            start,
            end: start + 10 + Math.floor(random() * 25),
            color: colors[(index + mark) % colors.length] as HighlightColor,
          });
          if (mark === 0)
            library.annotations.update({ id: created.id, tags: ['tag', `t${index % 4}`] });
          if (mark === 1) {
            library.notes.save({
              documentId: id,
              highlightId: created.id,
              body: noteBodies[index % noteBodies.length] as string,
              tags: index % 3 ? [] : ['follow-up'],
            });
          }
        }
        if (index % 5 === 0)
          library.notes.save({
            documentId: id,
            highlightId: null,
            body: 'On the whole.',
            tags: [],
          });
        // Some texts change after highlighting: highlights move or are orphaned.
        if (index % 25 === 0)
          library.documents.replaceText({ id, text: body.slice(0, body.length / 2) });
        if (index % 50 === 1) library.documents.delete(id);
      }
      const folder = path.join(library.dir, 'vault');
      await exporter.write({ format: 'markdown', path: folder, exportedAt: pinnedAt });
      // 245 documents (five went to the Trash), index.md, the manifest and two reference files.
      expect(readdirSync(folder).length).toBe(245 + 4);
      expect(folderDigest(folder)).toBe(expectedDigest);
    },
    firstExportTimeout * 4,
  );
});
