import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlainText } from '../import/plainText';
import { highlightWords, openTestLibrary, type TestLibrary } from '../library/testing';
import { createTextUpdates } from './textUpdates';

const original = 'The heron stood in the shallow water.\n\nIt waited for a fish to pass by.';
const revised =
  'At dawn, the heron stood in the shallow water.\n\nIt waited for a fish to pass by.';

/**
 * A plan is made in a read and stored in a later write; whatever was committed in between (this
 * process or another one, such as the CLI) must not be lost or overwritten by the plan.
 */
describe('a text update planned before its write', () => {
  let library: TestLibrary;
  let documentId: string;
  let updates: ReturnType<typeof createTextUpdates>;

  beforeEach(async () => {
    library = await openTestLibrary();
    documentId = library.documents.importText({ text: original, title: 'Heron' }).id;
    updates = createTextUpdates(library.store, () => new Date('2025-03-02T10:00:00Z'));
  });
  afterEach(() => library.close());

  const highlight = (words: string) => highlightWords(library, documentId, original, words);
  const newBlocks = () => parsePlainText(revised, { title: 'Heron' }).blocks;
  const quotes = () =>
    library.annotations.list(documentId).highlights.map(({ quote, start }) => ({
      exact: quote.exact,
      start,
    }));

  it('carries a highlight made in this process after the plan', () => {
    highlight('heron stood');
    const plan = updates.plan(documentId, newBlocks());
    highlight('a fish');
    const report = updates.apply(plan);
    expect(report.kept).toBe(2);
    expect(quotes()).toEqual([
      { exact: 'heron stood', start: revised.indexOf('heron stood') },
      { exact: 'a fish', start: revised.indexOf('a fish') },
    ]);
  });

  it('follows where another process moved a highlight after the plan', () => {
    const heron = highlight('heron stood');
    const plan = updates.plan(documentId, newBlocks());
    const other = new Database(path.join(library.dir, 'gloss.db'));
    try {
      other
        .prepare(`UPDATE highlights SET start = ?, "end" = ?, exact = 'shallow water' WHERE id = ?`)
        .run(original.indexOf('shallow water'), original.indexOf('shallow water') + 13, heron.id);
    } finally {
      other.close();
    }
    updates.apply(plan);
    expect(quotes()).toEqual([{ exact: 'shallow water', start: revised.indexOf('shallow water') }]);
  });

  it('applies an unchanged plan as it was made', () => {
    highlight('heron stood');
    const report = updates.apply(updates.plan(documentId, newBlocks()));
    expect(report).toMatchObject({ kept: 1, moved: 1, orphaned: 0 });
  });
});
