import { randomUUID } from 'node:crypto';
import type { Annotations, Highlight, Note, RemovedHighlight } from '../../shared/annotations';
import { anchorRange } from '../../shared/anchoring';
import type { ParsedInput } from '../../shared/contract';
import type { Store } from '../db/store';
import { missingDocument, highlightNotFound, invalidInput } from '../errors';
import { placeUserRange, placementOf, uniqueTags } from './ranges';

export interface AnnotationsServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

/** Notes of highlights in their highlight's reading order, then document notes, oldest first. */
const inReadingOrder = (notes: readonly Note[], highlights: readonly Highlight[]): Note[] => {
  const rank = new Map(highlights.map((highlight, index) => [highlight.id, index]));
  const rankOf = (note: Note): number =>
    note.highlightId === null ? highlights.length : (rank.get(note.highlightId) ?? 0);
  // Array.prototype.sort is stable: document notes keep their creation order.
  return [...notes].sort((a, b) => rankOf(a) - rankOf(b));
};

/**
 * What undo puts back is stored exactly as given, unless the text was replaced since the
 * delete: then a highlight whose stored position no longer holds its quote is anchored again,
 * so it never points at the wrong words.
 */
const onCurrentText = (body: string, highlight: Highlight): Highlight => {
  const { start, end, quote, status } = highlight;
  const holds = end === start + quote.exact.length && body.startsWith(quote.exact, start);
  if (status === 'orphaned' || holds) return highlight;
  const position = { type: 'TextPositionSelector', start, end } as const;
  const result = anchorRange(body, { position, quote });
  if (result.status === 'orphaned') return { ...highlight, status: 'orphaned' };
  return { ...highlight, ...placementOf(body, result.start, result.end), status: result.status };
};

const checkRestorable = ({ highlight, note }: RemovedHighlight): void => {
  if (highlight.start >= highlight.end) {
    throw invalidInput('The highlight to restore has an empty range (start must be before end).');
  }
  if (note && (note.highlightId !== highlight.id || note.documentId !== highlight.documentId)) {
    throw invalidInput(
      `The note "${note.id}" does not belong to the highlight "${highlight.id}"; nothing was restored.`,
    );
  }
};

/** Highlights and the list of a document's annotations; every write is one transaction. */
export const createAnnotationsService = (
  store: Store,
  { now = () => new Date(), newId = randomUUID }: AnnotationsServiceOptions = {},
) => {
  const stamp = (): string => now().toISOString();

  const currentBody = (documentId: string): string => {
    const current = store.versions.findCurrent(documentId);
    if (!current) throw missingDocument(store, documentId);
    return current.body;
  };

  const requireHighlight = (id: string): Highlight => {
    const highlight = store.highlights.find(id);
    if (!highlight) throw highlightNotFound(id);
    return highlight;
  };

  return {
    list: (documentId: string): Annotations =>
      store.read(() => {
        if (!store.versions.documentExists(documentId)) throw missingDocument(store, documentId);
        const highlights = store.highlights.listByDocument(documentId);
        const notes = store.notes.listByDocument(documentId);
        return { highlights, notes: inReadingOrder(notes, highlights) };
      }),

    create: (input: ParsedInput<'highlights.create'>): Highlight =>
      store.write(() => {
        const placement = placeUserRange(currentBody(input.documentId), input.start, input.end);
        const time = stamp();
        const highlight: Highlight = {
          id: newId(),
          documentId: input.documentId,
          ...placement,
          color: input.color,
          tags: [],
          status: 'anchored',
          editedFrom: null,
          createdAt: time,
          updatedAt: time,
        };
        store.highlights.insert(highlight);
        return highlight;
      }),

    update: ({ id, color, tags }: ParsedInput<'highlights.update'>): Highlight =>
      store.write(() => {
        const highlight = requireHighlight(id);
        if (color === undefined && tags === undefined) return highlight;
        const updated: Highlight = {
          ...highlight,
          color: color ?? highlight.color,
          tags: tags ? uniqueTags(tags) : highlight.tags,
          updatedAt: stamp(),
        };
        store.highlights.update(updated);
        return updated;
      }),

    delete: (id: string): RemovedHighlight =>
      store.write(() => {
        const highlight = requireHighlight(id);
        const note = store.notes.findByHighlight(id) ?? null;
        if (note) store.notes.remove(note.id);
        store.highlights.remove(id);
        return { highlight, note };
      }),

    restore: (removed: RemovedHighlight): Highlight =>
      store.write(() => {
        checkRestorable(removed);
        const { highlight, note } = removed;
        const body = currentBody(highlight.documentId);
        if (store.highlights.find(highlight.id)) {
          throw invalidInput(
            `A highlight with id "${highlight.id}" already exists; nothing was restored.`,
          );
        }
        if (note && store.notes.find(note.id)) {
          throw invalidInput(`A note with id "${note.id}" already exists; nothing was restored.`);
        }
        const restored = onCurrentText(body, highlight);
        store.highlights.insert(restored);
        if (note) store.notes.insert(note);
        return restored;
      }),

    /** The user accepts an edited highlight's new words: it is no longer marked as edited. */
    keepEdit: (id: string): Highlight =>
      store.write(() => {
        const highlight = requireHighlight(id);
        if (highlight.editedFrom === null) return highlight;
        const kept: Highlight = { ...highlight, editedFrom: null, updatedAt: stamp() };
        store.highlights.update(kept);
        return kept;
      }),

    reattach: ({ id, start, end }: ParsedInput<'highlights.reattach'>): Highlight =>
      store.write(() => {
        const highlight = requireHighlight(id);
        const placement = placeUserRange(currentBody(highlight.documentId), start, end);
        const updated: Highlight = {
          ...highlight,
          ...placement,
          status: 'anchored',
          editedFrom: null,
          updatedAt: stamp(),
        };
        store.highlights.update(updated);
        return updated;
      }),
  };
};

export type AnnotationsService = ReturnType<typeof createAnnotationsService>;
