import { describe, expect, it } from 'vitest';
import {
  createHighlight,
  deleteHighlight,
  updateHighlight,
  type AnnotationsState,
} from './commands';
import { deleteNote, saveNote } from './noteCommands';
import { fakeAnnotationsCore } from './testing';

const empty = (documentId: string): AnnotationsState => ({ documentId, highlights: [], notes: [] });

describe('annotation commands', () => {
  it('highlights a range; undo removes it; redo brings it back with the note written since', async () => {
    const core = fakeAnnotationsCore();
    const created = await createHighlight(core.call, empty(core.documentId), {
      range: { start: 4, end: 9 },
      color: 'green',
    });
    expect(created.state.highlights.map((h) => [h.start, h.end, h.color])).toEqual([
      [4, 9, 'green'],
    ]);
    const noted = await saveNote(core.call, created.state, {
      highlightId: created.value.id,
      body: 'Why this matters.',
      tags: [],
    });
    expect(noted.state.notes.map((note) => note.body)).toEqual(['Why this matters.']);

    await created.undo?.undo();
    expect(await core.list()).toEqual({ highlights: [], notes: [] });

    await created.undo?.redo();
    const back = await core.list();
    expect(back.highlights.map((h) => h.id)).toEqual([created.value.id]);
    expect(back.notes.map((note) => [note.highlightId, note.body])).toEqual([
      [created.value.id, 'Why this matters.'],
    ]);
  });

  it('recolours a highlight; undo gives back the old colour and tags, redo the new ones', async () => {
    const core = fakeAnnotationsCore();
    const { state, value } = await createHighlight(core.call, empty(core.documentId), {
      range: { start: 0, end: 3 },
      color: 'yellow',
    });
    const tagged = await updateHighlight(core.call, state, {
      id: value.id,
      patch: { tags: ['a'] },
    });
    const recoloured = await updateHighlight(core.call, tagged.state, {
      id: value.id,
      patch: { color: 'pink' },
    });
    expect(recoloured.state.highlights[0]?.color).toBe('pink');

    await recoloured.undo?.undo();
    expect((await core.list()).highlights.map((h) => [h.color, h.tags])).toEqual([
      ['yellow', ['a']],
    ]);
    await recoloured.undo?.redo();
    expect((await core.list()).highlights[0]?.color).toBe('pink');
  });

  it('deletes a highlight with its note; undo puts both back with the same ids', async () => {
    const core = fakeAnnotationsCore();
    const created = await createHighlight(core.call, empty(core.documentId), {
      range: { start: 2, end: 6 },
      color: 'blue',
    });
    const noted = await saveNote(core.call, created.state, {
      highlightId: created.value.id,
      body: 'Keep me.',
      tags: ['x'],
    });
    const deleted = await deleteHighlight(core.call, noted.state, { id: created.value.id });
    expect(deleted.state).toEqual({ documentId: core.documentId, highlights: [], notes: [] });
    expect(await core.list()).toEqual({ highlights: [], notes: [] });

    await deleted.undo?.undo();
    const back = await core.list();
    expect(back.highlights.map((h) => h.id)).toEqual([created.value.id]);
    expect(back.notes.map((note) => [note.id, note.body])).toEqual([[noted.value.id, 'Keep me.']]);
  });

  it('edits a note; undo restores the earlier text; a new note is removed by undo', async () => {
    const core = fakeAnnotationsCore();
    const first = await saveNote(core.call, empty(core.documentId), {
      highlightId: null,
      body: 'First draft.',
      tags: [],
    });
    const edited = await saveNote(core.call, first.state, {
      id: first.value.id,
      highlightId: null,
      body: 'Second draft.',
      tags: [],
    });
    expect(edited.state.notes.map((note) => note.body)).toEqual(['Second draft.']);

    await edited.undo?.undo();
    expect((await core.list()).notes.map((note) => note.body)).toEqual(['First draft.']);
    await edited.undo?.redo();
    expect((await core.list()).notes.map((note) => note.body)).toEqual(['Second draft.']);

    await first.undo?.undo();
    expect((await core.list()).notes).toEqual([]);
  });

  it('deletes a note but not its highlight; undo restores the note', async () => {
    const core = fakeAnnotationsCore();
    const created = await createHighlight(core.call, empty(core.documentId), {
      range: { start: 1, end: 5 },
      color: 'purple',
    });
    const noted = await saveNote(core.call, created.state, {
      highlightId: created.value.id,
      body: 'Gone soon.',
      tags: [],
    });
    const deleted = await deleteNote(core.call, noted.state, { id: noted.value.id });
    expect(deleted.state.notes).toEqual([]);
    expect(deleted.state.highlights.map((h) => h.id)).toEqual([created.value.id]);

    await deleted.undo?.undo();
    expect((await core.list()).notes.map((note) => note.body)).toEqual(['Gone soon.']);
  });

  it('leaves the state alone when the core refuses', async () => {
    const core = fakeAnnotationsCore();
    await expect(
      createHighlight(core.call, empty(core.documentId), {
        range: { start: 5, end: 5 },
        color: 'yellow',
      }),
    ).rejects.toThrow(/range is empty/);
    expect(await core.list()).toEqual({ highlights: [], notes: [] });
  });
});
