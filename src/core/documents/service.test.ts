import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/result';
import { canonicalText } from '../../shared/text';
import { openDatabase } from '../db/connection';
import { createStore } from '../db/store';
import { makeTempDir, removeTempDir } from '../testing';
import { createDocumentsService, type DocumentsService } from './service';

const thrown = (run: () => unknown): GlossError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};

describe('documents service', () => {
  let dir: string;
  let db: Database.Database;
  let service: DocumentsService;
  let clock: number;
  let ids: number;

  beforeEach(async () => {
    dir = makeTempDir();
    db = await openDatabase(dir);
    clock = Date.parse('2025-03-01T10:00:00.000Z');
    ids = 0;
    service = createDocumentsService(createStore(db), {
      now: () => new Date(clock),
      newId: () => `doc-${(ids += 1)}`,
    });
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('imports text, stores blocks and canonical body, and returns the summary', () => {
    const summary = service.importText({ text: 'Bold Title\n\nFirst paragraph.\nSecond one.' });
    expect(summary).toEqual({
      id: 'doc-1',
      title: 'Bold Title',
      source: 'Pasted text',
      addedAt: '2025-03-01T10:00:00.000Z',
      openedAt: null,
      charCount: 'First paragraph.\n\nSecond one.'.length,
      highlightCount: 0,
      noteCount: 0,
      entityCount: null,
      format: 'text',
      pageCount: null,
      chapterCount: null,
    });
    const document = service.get('doc-1');
    expect(document.blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second one.' },
    ]);
    expect(document).toMatchObject({ byline: null, siteName: null, publishedAt: null });
    const body = db.prepare(`SELECT body FROM documents WHERE id = 'doc-1'`).pluck().get();
    expect(body).toBe(canonicalText(document.blocks));
  });

  it('uses the given title and source', () => {
    const summary = service.importText({
      text: 'Some text.',
      title: 'Mine',
      source: ' notes.txt ',
    });
    expect(summary).toMatchObject({ title: 'Mine', source: 'notes.txt' });
  });

  it('refuses empty text and stores nothing', () => {
    expect(thrown(() => service.importText({ text: '  \n ' })).code).toBe('empty_document');
    expect(service.list()).toEqual([]);
  });

  it('lists newest first, then by title', () => {
    service.importText({ text: 'Zebra crossing.', title: 'zebra' });
    service.importText({ text: 'Apples.', title: 'Apples' });
    clock += 1000;
    service.importText({ text: 'Newest.', title: 'Newest' });
    expect(service.list().map((summary) => summary.title)).toEqual(['Newest', 'Apples', 'zebra']);
  });

  it('marks a document opened', () => {
    service.importText({ text: 'Text.' });
    clock += 60_000;
    expect(service.markOpened('doc-1').openedAt).toBe('2025-03-01T10:01:00.000Z');
    expect(service.list()[0]?.openedAt).toBe('2025-03-01T10:01:00.000Z');
  });

  it('deletes a document to the Trash: out of the library, its row kept', () => {
    service.importText({ text: 'Text.' });
    clock += 5000;
    expect(service.delete('doc-1')).toEqual({ id: 'doc-1' });
    expect(service.list()).toEqual([]);
    const deletedAt = db.prepare(`SELECT deleted_at FROM documents WHERE id = 'doc-1'`);
    expect(deletedAt.pluck().get()).toBe('2025-03-01T10:00:05.000Z');
  });

  it('renames a document, trimmed, and keeps the full-text index in step', () => {
    service.importText({ text: 'Text.', title: 'Old name' });
    expect(service.rename('doc-1', 'Fresh name')).toMatchObject({
      id: 'doc-1',
      title: 'Fresh name',
    });
    expect(service.get('doc-1').title).toBe('Fresh name');
    expect(service.list().map((summary) => summary.title)).toEqual(['Fresh name']);
    const matches = (word: string) =>
      db
        .prepare(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`)
        .pluck()
        .get(`title:${word}`);
    expect(matches('fresh')).toBe(1);
    expect(matches('old')).toBe(0);
  });

  it('answers a document in the Trash as not_found, saying it is in the Trash', () => {
    service.importText({ text: 'Text.', title: 'Binned' });
    service.delete('doc-1');
    for (const run of [
      () => service.get('doc-1'),
      () => service.markOpened('doc-1'),
      () => service.rename('doc-1', 'Other'),
      () => service.delete('doc-1'),
      () => service.replaceText({ id: 'doc-1', text: 'New text.' }),
    ]) {
      const error = thrown(run);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('“Binned” is in the Trash; restore it to use it again.');
    }
    const row = db.prepare(`SELECT title, opened_at, version FROM documents`).get();
    expect(row).toEqual({ title: 'Binned', opened_at: null, version: 1 });
  });

  it('answers not_found with a clear message for a missing id', () => {
    for (const run of [
      () => service.get('nope'),
      () => service.markOpened('nope'),
      () => service.delete('nope'),
      () => service.rename('nope', 'Title'),
    ]) {
      const error = thrown(run);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe(
        'There is no document with id "nope" in the library; it may have been deleted.',
      );
    }
  });
});
