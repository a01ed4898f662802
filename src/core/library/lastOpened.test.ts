import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './testing';

describe('the document a window opens first', () => {
  let library: TestLibrary;

  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  const add = (title: string) =>
    library.documents.importText({ text: `${title}\n\nSome words to read.` }).id;

  it('is the one opened last, else the newest, never one in the Trash', () => {
    expect(library.documents.lastOpenedId()).toBeNull();
    const older = add('Older');
    const newer = add('Newer');
    // As the library list would pick: nothing opened yet, so its first row.
    expect(library.documents.lastOpenedId()).toBe(library.documents.list()[0]?.id);
    expect([older, newer]).toContain(library.documents.lastOpenedId());
    library.documents.markOpened(older);
    expect(library.documents.lastOpenedId()).toBe(older);
    library.documents.delete(older);
    expect(library.documents.lastOpenedId()).toBe(newer);
  });
});
