import type { Highlight, Note } from '../../src/shared/annotations';
import type { Entity } from '../../src/shared/entities';

/*
 * What the library must hold: every write the core acknowledged, applied in order. The soak
 * compares it with what a restarted core answers after each kill.
 */

export interface DocModel {
  id: string;
  /** The text family its versions come from; null for a file with no later versions (PDF). */
  family: number | null;
  /** Keys of the expected canonical texts, oldest first; the last one is current. */
  texts: string[];
  /** The version of its family the current text is. */
  version: number;
  /** True right after an update, until it is undone: undoReplaceText works once per update. */
  undoable: boolean;
  trashed: boolean;
}

export interface HighlightModel {
  id: string;
  documentId: string;
  color: Highlight['color'];
}

export interface NoteModel {
  id: string;
  documentId: string;
  highlightId: string | null;
  body: string;
}

export interface EntityModel {
  id: string;
  canonical: string;
  hidden: boolean;
}

export interface SoakModel {
  docs: Map<string, DocModel>;
  highlights: Map<string, HighlightModel>;
  notes: Map<string, NoteModel>;
  /** What acknowledged deletes returned, for highlights.restore (undo) to put back. */
  removed: { highlight: Highlight; note: Note | null }[];
  /** Entities a correction was acknowledged for, as the correction left them. */
  corrected: Map<string, EntityModel>;
  /** Entities seen in the library, as candidates for corrections. */
  seenEntities: Entity[];
  /** Canonical texts by key (see expected.ts). */
  expected: Map<string, string>;
}

export const emptyModel = (expected: Map<string, string>): SoakModel => ({
  docs: new Map(),
  highlights: new Map(),
  notes: new Map(),
  removed: [],
  corrected: new Map(),
  seenEntities: [],
  expected,
});

export const currentText = (model: SoakModel, doc: DocModel): string => {
  const key = doc.texts.at(-1) as string;
  const text = model.expected.get(key);
  if (text === undefined) throw new Error(`No expected text for ${key}.`);
  return text;
};

export const liveDocs = (model: SoakModel): DocModel[] =>
  [...model.docs.values()].filter((doc) => !doc.trashed);

export const adoptHighlight = (model: SoakModel, highlight: Highlight): void => {
  model.highlights.set(highlight.id, {
    id: highlight.id,
    documentId: highlight.documentId,
    color: highlight.color,
  });
};

export const adoptNote = (model: SoakModel, note: Note): void => {
  model.notes.set(note.id, {
    id: note.id,
    documentId: note.documentId,
    highlightId: note.highlightId,
    body: note.body,
  });
};

/** A highlight and its note leave together (highlights.delete), as do a document's on emptying. */
export const dropHighlight = (model: SoakModel, id: string): void => {
  model.highlights.delete(id);
  for (const note of model.notes.values()) if (note.highlightId === id) model.notes.delete(note.id);
};

export const dropDocument = (model: SoakModel, id: string): void => {
  model.docs.delete(id);
  for (const highlight of model.highlights.values())
    if (highlight.documentId === id) model.highlights.delete(highlight.id);
  for (const note of model.notes.values()) if (note.documentId === id) model.notes.delete(note.id);
  model.removed = model.removed.filter(({ highlight }) => highlight.documentId !== id);
};
