import type { EntityType } from '../../../shared/entities';
import type { Span } from '../../../shared/span';
import type { Call } from '../annotations/commands';
import { typeName } from './format';

/**
 * What a correction did once the core stored it: the line the panel announces, and which entity
 * to select afterwards (`undefined` keeps the selection as it is).
 */
export interface CorrectionOutcome {
  message: string;
  select?: string | null;
}

/*
 * The Entities panel's corrections as plain commands: each calls the core, then says what
 * happened. The hook runs one, fetches the lists again and shows the message; the commands are
 * unit-tested against the fake handlers.
 */

export const renameEntity = async (
  call: Call,
  { entityId, canonical }: { entityId: string; canonical: string },
): Promise<CorrectionOutcome> => {
  const entity = await call('entities.rename', { entityId, canonical });
  return { message: `Renamed to “${entity.canonical}”.`, select: entity.id };
};

export const retypeEntity = async (
  call: Call,
  { entityId, type }: { entityId: string; type: EntityType },
): Promise<CorrectionOutcome> => {
  const entity = await call('entities.retype', { entityId, type });
  const kind = typeName(entity.type).toLowerCase();
  return { message: `Now ${/^[aeiou]/u.test(kind) ? 'an' : 'a'} ${kind}.`, select: entity.id };
};

export const mergeEntity = async (
  call: Call,
  { entityId, intoId }: { entityId: string; intoId: string },
): Promise<CorrectionOutcome> => {
  const entity = await call('entities.merge', { entityId, intoId });
  return { message: `Merged into “${entity.canonical}”.`, select: entity.id };
};

export const splitAlias = async (
  call: Call,
  { entityId, alias }: { entityId: string; alias: string },
): Promise<CorrectionOutcome> => {
  await call('entities.split', { entityId, alias });
  return { message: `“${alias}” is now an entity of its own.` };
};

export const hideEntity = async (
  call: Call,
  { entityId, hidden }: { entityId: string; hidden: boolean },
): Promise<CorrectionOutcome> => {
  await call('entities.hide', { entityId, hidden });
  return { message: hidden ? 'Hidden: listed under “Hidden”.' : 'Shown again.' };
};

export const addEntityFromSelection = async (
  call: Call,
  { documentId, range, type }: { documentId: string; range: Span; type: EntityType },
): Promise<CorrectionOutcome> => {
  const entity = await call('entities.addFromSelection', { documentId, ...range, type });
  return { message: `Added “${entity.canonical}” with all its mentions.`, select: entity.id };
};

export const linkNote = async (
  call: Call,
  link: { noteId: string; entityId: string },
): Promise<CorrectionOutcome> => {
  await call('noteLinks.add', link);
  return { message: 'Note linked.' };
};

export const unlinkNote = async (
  call: Call,
  link: { noteId: string; entityId: string },
): Promise<CorrectionOutcome> => {
  await call('noteLinks.remove', link);
  return { message: 'Link removed.' };
};
