import {
  cardMentionLimit,
  type CardNote,
  type DocEntity,
  type EntityCard,
  type Mention,
} from '../../shared/entities';
import type { Entity } from '../../shared/entities';
import type { EntitiesRepository, EntityRecord } from './repository';
import type { MentionsRepository } from './mentionsRepository';
import type { NoteLinksRepository } from './noteLinksRepository';
import type { Store } from '../db/store';
import { entityNotFound } from './errors';
import { linksIn } from './noteLinks';

/** The read side of entities: the panel of a document and the card of an entity. */
export interface ViewContext {
  store: Store;
  entities: EntitiesRepository;
  mentions: MentionsRepository;
  links: NoteLinksRepository;
}

/** How much text a card shows on each side of a mention, at most. */
const contextChars = 80;

/**
 * The other names of an entity: its alias keys and the spellings of its mentions, without its
 * canonical name or value. A quantity's canonical name adds what it counts ("50,000 troops"),
 * so the bare number is not another name for it.
 */
const aliasesOf = (entity: EntityRecord, names: Iterable<string>): string[] => {
  const aliases = new Set<string>();
  for (const name of names) {
    if (name === entity.canonical || name === entity.value) continue;
    if (entity.type === 'quantity' && entity.canonical.startsWith(name)) continue;
    aliases.add(name);
  }
  return [...aliases].sort((a, b) => a.localeCompare(b));
};

export const entityView = (entity: EntityRecord, names: Iterable<string>): Entity => ({
  id: entity.id,
  type: entity.type,
  canonical: entity.canonical,
  aliases: aliasesOf(entity, names),
  value: entity.value,
  hidden: entity.hidden,
});

/** The entity as the corrections answer it: names from the whole library. */
export const libraryEntity = (context: ViewContext, entity: EntityRecord): Entity =>
  entityView(entity, [
    ...context.entities.aliasNames(entity.id),
    ...context.mentions.textsOfEntity(entity.id),
  ]);

/**
 * How many notes link to each of the given entities, library-wide. Asked per entity of the
 * document: reading every link of the library for each document opened grew with the library.
 */
const notesPerEntity = (context: ViewContext, entityIds: Iterable<string>): Map<string, number> =>
  new Map(
    [...entityIds].map((entityId) => [
      entityId,
      new Set(linksIn(context.links, { entityId }).map((link) => link.noteId)).size,
    ]),
  );

/** The Entities panel of one document version: most mentioned first, then by first mention. */
export const documentEntities = (
  context: ViewContext,
  documentId: string,
  version: number,
): { entities: DocEntity[]; mentions: Mention[] } => {
  const { entities } = context;
  const mentions = context.mentions.list(documentId, version);
  const library = new Map(
    context.mentions.libraryCounts(documentId, version).map((counts) => [counts.entityId, counts]),
  );
  // Counted here from the mentions already read: one query fewer per kind of number.
  const inDocument = new Map<string, { count: number; first: number; texts: Set<string> }>();
  for (const { entityId, start, text } of mentions) {
    const seen = inDocument.get(entityId);
    if (seen) {
      seen.count += 1;
      seen.texts.add(text);
    } else inDocument.set(entityId, { count: 1, first: start, texts: new Set([text]) });
  }
  const notes = notesPerEntity(context, inDocument.keys());
  const ranked = [...inDocument].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
  const list = ranked.flatMap(([entityId, seen]): DocEntity[] => {
    const entity = entities.find(entityId);
    if (!entity) return [];
    return [
      {
        ...entityView(entity, [...entities.aliasNames(entity.id), ...seen.texts]),
        mentionCount: seen.count,
        documentCount: library.get(entity.id)?.documentCount ?? 1,
        noteCount: notes.get(entity.id) ?? 0,
      },
    ];
  });
  return { entities: list, mentions };
};

/** The line around a mention: up to contextChars each side, within its paragraph, whole words. */
export const contextAround = (
  body: string,
  start: number,
  end: number,
): { before: string; after: string } => {
  const from = Math.max(0, start - contextChars);
  let before = body.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart >= 0) before = before.slice(lineStart + 1);
  else if (from > 0) before = `…${before.replace(/^\S*\s*/u, '')}`;
  const to = Math.min(body.length, end + contextChars);
  let after = body.slice(end, to);
  const lineEnd = after.indexOf('\n');
  if (lineEnd >= 0) after = after.slice(0, lineEnd);
  else if (to < body.length) after = `${after.replace(/\s*\S*$/u, '')}…`;
  return { before, after };
};

/** The entity card, library-wide. */
export const entityCard = (context: ViewContext, entityId: string): EntityCard => {
  const { store } = context;
  const entity = context.entities.resolve(entityId);
  if (!entity) throw entityNotFound(entityId);
  const counts = context.mentions.entityCounts(entity.id);
  const links = linksIn(context.links, { entityId: entity.id });
  const bodies = new Map<string, string>();
  const bodyOf = (documentId: string): string => {
    let body = bodies.get(documentId);
    if (body === undefined) {
      body = store.versions.findCurrent(documentId)?.body ?? '';
      bodies.set(documentId, body);
    }
    return body;
  };
  const mentions = context.mentions.ofEntity(entity.id, cardMentionLimit).map((mention) => ({
    ...mention,
    ...contextAround(bodyOf(mention.documentId), mention.start, mention.end),
  }));
  const notes = links.flatMap((link): Array<CardNote & { updatedAt: string }> => {
    const note = store.notes.find(link.noteId);
    if (!note) return [];
    const documentTitle = store.documents.findSummary(note.documentId)?.title ?? '';
    const { id: noteId, documentId, highlightId, body, updatedAt } = note;
    return [{ noteId, documentId, documentTitle, highlightId, body, kind: link.kind, updatedAt }];
  });
  notes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.noteId.localeCompare(b.noteId));
  return {
    entity: {
      ...libraryEntity(context, entity),
      mentionCount: counts.mentionCount,
      documentCount: counts.documentCount,
      noteCount: new Set(links.map((link) => link.noteId)).size,
    },
    mentions,
    notes: notes.map(({ noteId, documentId, documentTitle, highlightId, body, kind }) => ({
      noteId,
      documentId,
      documentTitle,
      highlightId,
      body,
      kind,
    })),
  };
};
