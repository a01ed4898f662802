import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareText } from '../../shared/export/order';
import { linksReader } from './collect';
import { createExchangeContext } from './context';
import { openExportFixture, type ExportFixture } from './testing';

/** Links in one order whatever query gave them. */
const sorted = <T extends { noteId: string; entityId: string }>(links: readonly T[]): T[] =>
  [...links].sort((a, b) => compareText(a.noteId, b.noteId) || compareText(a.entityId, b.entityId));

describe('note links read for an export', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  it('are the same read for the whole library at once as read document by document', () => {
    const context = createExchangeContext(library.db, library.store);
    const oneByOne = linksReader(context, 1);
    const atOnce = linksReader(context, 10_000);
    // The fixture has a manual link, an automatic one and a removed automatic one.
    const kinds = new Set<string>();
    for (const id of [library.seoul, library.second]) {
      const expected = oneByOne(id);
      const actual = atOnce(id);
      expect(sorted(actual.live)).toEqual(sorted(expected.live));
      expect(sorted(actual.stored)).toEqual(sorted(expected.stored));
      for (const link of expected.live) kinds.add(link.kind);
      for (const link of expected.stored) if (link.suppressed) kinds.add('removed');
    }
    expect([...kinds].sort()).toEqual(['auto', 'manual', 'removed']);
  });
});
