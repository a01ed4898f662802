import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectLibrary } from './collect';
import { createExchangeContext } from './context';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

describe('what an export reads', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  it.each([true, false])(
    'is the same read table by table as document by document (text: %s)',
    async (text) => {
      const context = createExchangeContext(library.db, library.store);
      // In the Trash: left out either way.
      const trashed = library.add('Deleted later. Joe Biden wrote it.', 'Gone');
      await library.entities.list(trashed);
      library.documents.delete(trashed);
      const read = (reads: 'one by one' | 'at once') =>
        collectLibrary(context, undefined, pinnedAt, undefined, { text, reads });
      const oneByOne = await read('one by one');
      const atOnce = await read('at once');
      expect(atOnce).toEqual(oneByOne);
      // The fixture has a manual link, an automatic one and a removed automatic one, an
      // orphaned highlight, a document note and mentions of an older version left behind.
      const seoul = oneByOne.documents.find((document) => document.info.id === library.seoul);
      expect(new Set(seoul?.links.map((link) => link.kind))).toEqual(
        new Set(['auto', 'manual', 'removed']),
      );
      expect(seoul?.highlights.some((highlight) => highlight.status === 'orphaned')).toBe(true);
      expect(seoul?.mentions.length).toBeGreaterThan(0);
      expect(oneByOne.documents.map((document) => document.info.id)).not.toContain(trashed);
      expect(oneByOne.documents.every((document) => document.info.blocks.length > 0)).toBe(text);
    },
  );
});
