import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../shared/entities';
import { methods, type Handlers, type MethodName } from '../../../shared/contract';
import { makeHandlers } from '../../../shared/contract/testing';
import type { Call } from '../annotations/commands';
import {
  addEntityFromSelection,
  hideEntity,
  linkNote,
  mergeEntity,
  renameEntity,
  retypeEntity,
  splitAlias,
  unlinkNote,
} from './corrections';

const ada: Entity = {
  id: 'e7',
  type: 'person',
  canonical: 'Ada King',
  aliases: [],
  value: null,
  hidden: false,
};

/** The fake handlers, answering `ada` to every correction and recording what the core was asked. */
const fakeCore = (answer: Partial<Entity> = {}) => {
  const asked: [string, unknown][] = [];
  const entity = { ...ada, ...answer };
  const record = (method: string) => (input: unknown) => {
    asked.push([method, input]);
    return entity;
  };
  const handlers: Handlers = makeHandlers({
    'entities.rename': record('entities.rename'),
    'entities.retype': record('entities.retype'),
    'entities.merge': record('entities.merge'),
    'entities.split': record('entities.split'),
    'entities.hide': record('entities.hide'),
    'entities.addFromSelection': record('entities.addFromSelection'),
  });
  // Checked against the contract first, as the api does: a wrong input fails here too.
  const call = (async (method: MethodName, input: unknown) => {
    const parsed = methods[method].input.parse(input);
    if (method.startsWith('noteLinks.')) asked.push([method, parsed]);
    return (handlers[method] as (input: unknown) => unknown)(parsed);
  }) as Call;
  return { call, asked };
};

describe('entity corrections', () => {
  it('rename says the name the core stored and keeps the entity selected', async () => {
    const core = fakeCore({ canonical: 'Ada Lovelace' });
    const outcome = await renameEntity(core.call, { entityId: 'e7', canonical: 'Ada Lovelace ' });
    expect(outcome).toEqual({ message: 'Renamed to “Ada Lovelace”.', select: 'e7' });
    expect(core.asked).toEqual([
      // The contract trims the name before the core sees it.
      ['entities.rename', { entityId: 'e7', canonical: 'Ada Lovelace' }],
    ]);
  });

  it('retype names the new kind in words; merge selects the entity merged into', async () => {
    const core = fakeCore({ type: 'organization', id: 'e9', canonical: 'Lovelace Ltd' });
    expect(await retypeEntity(core.call, { entityId: 'e7', type: 'organization' })).toEqual({
      message: 'Now an organisation.',
      select: 'e9',
    });
    expect(await mergeEntity(core.call, { entityId: 'e7', intoId: 'e9' })).toEqual({
      message: 'Merged into “Lovelace Ltd”.',
      select: 'e9',
    });
  });

  it('retype to a person says "a person"', async () => {
    const core = fakeCore({ type: 'person' });
    expect(await retypeEntity(core.call, { entityId: 'e7', type: 'person' })).toMatchObject({
      message: 'Now a person.',
    });
  });

  it('split, hide and show leave the selection alone', async () => {
    const core = fakeCore();
    expect(await splitAlias(core.call, { entityId: 'e7', alias: 'Countess' })).toEqual({
      message: '“Countess” is now an entity of its own.',
    });
    expect(await hideEntity(core.call, { entityId: 'e7', hidden: true })).toEqual({
      message: 'Hidden: listed under “Hidden”.',
    });
    expect(await hideEntity(core.call, { entityId: 'e7', hidden: false })).toEqual({
      message: 'Shown again.',
    });
  });

  it('adds the selected words as an entity of the chosen kind, over the given range', async () => {
    const core = fakeCore({ id: 'e12', canonical: 'Analytical Engine', type: 'misc' });
    const outcome = await addEntityFromSelection(core.call, {
      documentId: 'doc-1',
      range: { start: 10, end: 27 },
      type: 'misc',
    });
    expect(outcome).toEqual({
      message: 'Added “Analytical Engine” with all its mentions.',
      select: 'e12',
    });
    expect(core.asked).toEqual([
      ['entities.addFromSelection', { documentId: 'doc-1', start: 10, end: 27, type: 'misc' }],
    ]);
  });

  it('links and unlinks a note', async () => {
    const core = fakeCore();
    expect(await linkNote(core.call, { noteId: 'n1', entityId: 'e7' })).toEqual({
      message: 'Note linked.',
    });
    expect(await unlinkNote(core.call, { noteId: 'n1', entityId: 'e7' })).toEqual({
      message: 'Link removed.',
    });
    expect(core.asked.map(([method]) => method)).toEqual(['noteLinks.add', 'noteLinks.remove']);
  });

  it('a correction the core refuses rejects, so the panel shows why and changes nothing', async () => {
    const call = (async () => {
      throw new Error('That name is empty.');
    }) as unknown as Call;
    await expect(renameEntity(call, { entityId: 'e7', canonical: '' })).rejects.toThrow(
      'That name is empty.',
    );
  });
});
