import type { FeatureHandlers } from '../../shared/contract';
import type { entitiesMethods } from '../../shared/contract/entities';
import type { EntitiesService } from './service';

export interface EntitiesDeps {
  entities: EntitiesService;
}

/** Entities, their corrections and the note links. */
export const entitiesHandlers = ({
  entities,
}: EntitiesDeps): FeatureHandlers<typeof entitiesMethods> => ({
  'entities.list': ({ documentId }) => entities.list(documentId),
  'entities.refresh': ({ documentId }) => entities.refresh(documentId),
  'entities.get': ({ entityId }) => entities.get(entityId),
  'entities.rename': ({ entityId, canonical }) => entities.corrections.rename(entityId, canonical),
  'entities.retype': ({ entityId, type }) => entities.corrections.retype(entityId, type),
  'entities.merge': ({ entityId, intoId }) => entities.corrections.merge(entityId, intoId),
  'entities.split': ({ entityId, alias }) => entities.corrections.split(entityId, alias),
  'entities.hide': ({ entityId, hidden }) => entities.corrections.hide(entityId, hidden),
  'entities.addFromSelection': ({ documentId, start, end, type }) =>
    entities.corrections.addFromSelection(documentId, start, end, type),
  'noteLinks.list': ({ documentId }) => entities.noteLinks.list(documentId),
  'noteLinks.add': ({ noteId, entityId }) => entities.noteLinks.add(noteId, entityId),
  'noteLinks.remove': ({ noteId, entityId }) => entities.noteLinks.remove(noteId, entityId),
});
