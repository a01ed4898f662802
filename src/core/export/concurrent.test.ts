import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { missingDocument } from '../errors';
import { createExportService } from './service';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

/*
 * The kill soak's CLI reader found it: a whole-library export lists the documents, extracts
 * their entities one by one (awaiting a worker), then reads its snapshot. A document another
 * process moved to the Trash in between made the whole export fail.
 */
describe('an export while another process moves a document to the Trash', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  /** An exporter whose entity step finds `second` just trashed by someone else. */
  const racingExporter = () =>
    createExportService(library.db, library.store, {
      extractEntities: async (id) => {
        if (id !== library.second) return;
        library.documents.delete(id);
        throw missingDocument(library.store, id);
      },
    });

  it('exports the rest of the library, as the snapshot holds it', async () => {
    const file = path.join(library.dir, 'library.json');
    const report = await racingExporter().write({
      format: 'json',
      path: file,
      exportedAt: pinnedAt,
    });
    expect(report.documentCount).toBe(1);
    const json = readFileSync(file, 'utf8');
    expect(json).toContain(library.seoul);
    expect(json).not.toContain(library.second);
  });

  it('still refuses a document named for export that went to the Trash, saying so', async () => {
    const file = path.join(library.dir, 'second.json');
    const write = racingExporter().write({
      format: 'json',
      path: file,
      documentIds: [library.second],
      exportedAt: pinnedAt,
    });
    await expect(write).rejects.toThrow(/is in the Trash; restore it/u);
  });
});
