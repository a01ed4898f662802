import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openExportFixture, pinnedAt, type ExportFixture } from '../export/testing';
import { warmUpCiteproc } from './testing';
import { createActivity, createReferenceWarmer } from './warm';

beforeAll(warmUpCiteproc, 60_000);

describe('references formatted while the app is idle', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
    for (const id of [library.seoul, library.second]) library.citations.ensure(id);
  });
  afterEach(() => library.close());

  const kept = () =>
    library.db
      .prepare<[], { documentId: string; style: string; source: string }>(
        `SELECT document_id AS documentId, style, source FROM formatted_references
         ORDER BY document_id, style`,
      )
      .all();

  const warmer = () =>
    createReferenceWarmer(library.db, library.store, library.citations.formatted);

  const exportBoth = async (folder: string) => {
    const vault = path.join(library.dir, folder);
    await library.exporter.write({ format: 'markdown', path: vault, exportedAt: pinnedAt });
    const deck = path.join(library.dir, `${folder}.txt`);
    await library.exporter.write({ format: 'anki', path: deck, exportedAt: pinnedAt });
    return [readFileSync(path.join(vault, 'index.md'), 'utf8'), readFileSync(deck, 'utf8')];
  };

  it('formats every reference in the default style, and an export then formats none', async () => {
    const before = await exportBoth('formatted-at-export');
    library.db.prepare('DELETE FROM formatted_references').run();

    await warmer().warm();
    const warmed = kept();
    expect(warmed.map(({ documentId, style }) => [documentId, style])).toEqual(
      [library.second, library.seoul].sort().flatMap((id) => [
        [id, 'apa'],
        [id, 'apa bibliography'],
      ]),
    );
    // The same files as when the export formatted them itself, and nothing formatted again.
    expect(await exportBoth('formatted-before')).toEqual(before);
    expect(kept()).toEqual(warmed);
  });

  it('waits for a quiet spell: a request just made keeps it from formatting', async () => {
    const busy = createActivity(60_000);
    busy.noted();
    const formatted = library.citations.formatted;
    await createReferenceWarmer(library.db, library.store, formatted, {}, busy).warm();
    expect(kept()).toEqual([]);
    await warmer().warm();
    expect(kept()).toHaveLength(4);
  });

  it('leaves a few new references to the export that needs them, and formats a bulk import', async () => {
    const formatted = library.citations.formatted;
    const idle = createActivity(0);
    const few = createReferenceWarmer(library.db, library.store, formatted, { atLeast: 3 }, idle);
    expect(await few.idlePass()).toBe(false);
    expect(kept()).toEqual([]);
    const bulk = createReferenceWarmer(library.db, library.store, formatted, { atLeast: 2 }, idle);
    expect(await bulk.idlePass()).toBe(true);
    expect(kept()).toHaveLength(4);
  });

  it('leaves the documents in the Trash, for as long as they are there', async () => {
    library.store.trash.moveIn(library.second, pinnedAt);
    await warmer().warm();
    expect(new Set(kept().map(({ documentId }) => documentId))).toEqual(new Set([library.seoul]));
  });
});
