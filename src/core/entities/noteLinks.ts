import type { NoteLink } from '../../shared/entities';
import type { EntitiesRepository } from './repository';
import type { LinkScope, NoteLinksRepository } from './noteLinksRepository';
import type { Store } from '../db/store';
import { missingDocument, invalidInput, noteNotFound } from '../errors';
import { entityNotFound } from './errors';

/** A link with the note's document, as the card and the counts need it. */
export interface DocumentLink extends NoteLink {
  documentId: string;
}

/**
 * The links in a scope: manual ones, and automatic ones the user did not remove. A pair that is
 * both reads as manual: the user asked for it.
 */
export const linksIn = (links: NoteLinksRepository, scope: LinkScope): DocumentLink[] => {
  const stored = links.stored(scope);
  const manual = stored.filter((link) => link.kind === 'manual');
  const manualKeys = new Set(manual.map((link) => `${link.noteId}\u0000${link.entityId}`));
  const result: DocumentLink[] = manual.map(({ noteId, entityId, documentId }) => ({
    noteId,
    entityId,
    documentId,
    kind: 'manual',
  }));
  for (const { noteId, entityId, documentId } of links.auto(scope)) {
    if (!manualKeys.has(`${noteId}\u0000${entityId}`)) {
      result.push({ noteId, entityId, documentId, kind: 'auto' });
    }
  }
  return result;
};

export interface NoteLinksServiceOptions {
  store: Store;
  entities: EntitiesRepository;
  links: NoteLinksRepository;
  stamp: () => string;
}

/** noteLinks.list, add and remove. */
export const createNoteLinksService = ({
  store,
  entities,
  links,
  stamp,
}: NoteLinksServiceOptions) => {
  const noteAndEntity = (noteId: string, entityId: string) => {
    const note = store.notes.find(noteId);
    if (!note) throw noteNotFound(noteId);
    const entity = entities.resolve(entityId);
    if (!entity) throw entityNotFound(entityId);
    const isAuto = links.auto({ noteId }).some((link) => link.entityId === entity.id);
    return { note, entity, isAuto };
  };

  const bare = ({ noteId, entityId, kind }: DocumentLink | NoteLink): NoteLink => ({
    noteId,
    entityId,
    kind,
  });

  return {
    list: (documentId: string): NoteLink[] =>
      store.read(() => {
        if (!store.versions.documentExists(documentId)) {
          throw missingDocument(store, documentId);
        }
        return linksIn(links, { documentId }).map(bare);
      }),

    /**
     * Links by hand. Where the link would be automatic but was removed, this takes the removal
     * back and the link is automatic again (so undoing a removal restores it as it was).
     */
    add: (noteId: string, entityId: string): NoteLink =>
      store.write(() => {
        const { note, entity } = noteAndEntity(noteId, entityId);
        const existing = links.find(noteId, entity.id);
        if (existing?.kind === 'manual') return { noteId, entityId: entity.id, kind: 'manual' };
        if (existing?.suppressed) links.remove(noteId, entity.id);
        if (noteAndEntity(noteId, entity.id).isAuto) {
          return { noteId, entityId: entity.id, kind: 'auto' };
        }
        links.insert(
          {
            noteId,
            entityId: entity.id,
            documentId: note.documentId,
            kind: 'manual',
            suppressed: false,
          },
          stamp(),
        );
        return { noteId, entityId: entity.id, kind: 'manual' };
      }),

    /** Removes a link; an automatic one is suppressed so that it stays removed. */
    remove: (noteId: string, entityId: string): NoteLink =>
      store.write(() => {
        const { note, entity, isAuto } = noteAndEntity(noteId, entityId);
        const existing = links.find(noteId, entity.id);
        const manual = existing?.kind === 'manual';
        if (!manual && !isAuto) {
          throw invalidInput(
            `The note "${noteId}" is not linked to the entity "${entity.canonical}"; ` +
              'nothing was removed.',
          );
        }
        if (manual) links.remove(noteId, entity.id);
        if (isAuto) {
          links.insert(
            {
              noteId,
              entityId: entity.id,
              documentId: note.documentId,
              kind: 'auto',
              suppressed: true,
            },
            stamp(),
          );
        }
        return { noteId, entityId: entity.id, kind: manual ? 'manual' : 'auto' };
      }),
  };
};

export type NoteLinksService = ReturnType<typeof createNoteLinksService>;
