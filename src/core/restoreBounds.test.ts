import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight, Note, RemovedHighlight } from '../shared/annotations';
import { dispatch } from './dispatch';
import { openCore, type Core } from './index';
import { makeTempDir, removeTempDir, repoResourcesDir } from './testing';

/**
 * Issue 20: highlights.restore and notes.restore took ids of any length and any string as a
 * date (a 2 MB id was stored). They are bounded like what create stores; real undo still works.
 */
describe('restore inputs', () => {
  let dir: string;
  let core: Core;
  let removed: RemovedHighlight;
  beforeEach(async () => {
    dir = makeTempDir();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    const { id: documentId } = await core.handlers['documents.importText']({
      text: 'Seoul is asked to pay more for U.S. troops.',
    });
    const highlight = await core.handlers['highlights.create']({
      documentId,
      start: 0,
      end: 5,
      color: 'yellow',
    });
    await core.handlers['notes.save']({
      documentId,
      highlightId: highlight.id,
      body: 'A note.',
      tags: ['asia'],
    });
    removed = await core.handlers['highlights.delete']({ id: highlight.id });
  });
  afterEach(() => {
    core.close();
    removeTempDir(dir);
  });

  const restoreHighlight = (highlight: Partial<Highlight>, note: Partial<Note> = {}) =>
    dispatch(core.handlers, 'highlights.restore', {
      highlight: { ...removed.highlight, ...highlight },
      note: removed.note && { ...removed.note, ...note },
    });

  it.each([
    ['a 2 MB id', { id: 'x'.repeat(2_000_000) }],
    ['an empty id', { id: '' }],
    ['a date that is not ISO', { createdAt: 'yesterday' }],
    ['a document id of 65 characters', { documentId: 'd'.repeat(65) }],
    ['a field the contract does not know', { extra: true } as Partial<Highlight>],
  ])('refuses a highlight with %s, storing nothing', async (_what, change) => {
    expect(await restoreHighlight(change)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const listed = await core.handlers['annotations.list']({
      documentId: removed.highlight.documentId,
    });
    expect(listed.highlights).toEqual([]);
  });

  it('refuses a note with a long id or a bad date, through either method', async () => {
    expect(await restoreHighlight({}, { id: 'n'.repeat(65) })).toMatchObject({ ok: false });
    const note = { ...removed.note, id: 'note-1', updatedAt: '2025-13-45' };
    expect(await dispatch(core.handlers, 'notes.restore', { note })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('puts back exactly what delete removed', async () => {
    expect(await restoreHighlight({})).toMatchObject({ ok: true, value: removed.highlight });
    const listed = await core.handlers['annotations.list']({
      documentId: removed.highlight.documentId,
    });
    expect(listed.notes).toEqual([removed.note]);
  });
});
