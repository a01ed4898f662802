import type { Highlight, Note, RemovedHighlight } from '../../src/shared/annotations';
import { highlightColors } from '../../src/shared/annotations';
import { adoptHighlight, adoptNote, currentText, dropHighlight, type DocModel } from './model';
import { HalfThere } from './observed';
import { pick, type OpContext, type SoakOp } from './opTypes';

/* The soak's writes to highlights and notes (see SoakOp). */

export const createHighlight = ({ model, random }: OpContext, doc: DocModel): SoakOp => {
  const text = currentText(model, doc);
  const start = Math.floor(random() * Math.max(1, text.length - 80));
  const end = Math.min(text.length, start + 3 + Math.floor(random() * 70));
  const color = pick(random, highlightColors) as Highlight['color'];
  return {
    method: 'highlights.create',
    input: { documentId: doc.id, start, end, color },
    apply: (value) => adoptHighlight(model, value as Highlight),
    settle: (observed) => {
      const added = [...observed.highlights.values()].filter(
        (highlight) => highlight.documentId === doc.id && !model.highlights.has(highlight.id),
      );
      if (!added.length) return false;
      const [highlight] = added as [Highlight];
      if (
        added.length > 1 ||
        highlight.start !== start ||
        highlight.end !== end ||
        highlight.color !== color
      )
        throw new HalfThere(`A lost highlights.create left ${JSON.stringify(added)}.`);
      adoptHighlight(model, highlight);
      return true;
    },
  };
};

export const recolour = ({ model, random }: OpContext, id: string): SoakOp => {
  const color = pick(random, highlightColors) as Highlight['color'];
  return {
    method: 'highlights.update',
    input: { id, color },
    apply: (value) => adoptHighlight(model, value as Highlight),
    settle: (observed) => {
      const highlight = observed.highlights.get(id);
      if (highlight?.color !== color) return false;
      adoptHighlight(model, highlight);
      return true;
    },
  };
};

export const saveNote = ({ model, random, serial }: OpContext, doc: DocModel): SoakOp => {
  const highlights = [...model.highlights.values()].filter((h) => h.documentId === doc.id);
  const highlightId = random() < 0.7 ? (pick(random, highlights)?.id ?? null) : null;
  const existing = [...model.notes.values()].filter(
    (note) => note.documentId === doc.id && note.highlightId === highlightId,
  );
  const target = highlightId !== null || random() < 0.5 ? pick(random, existing) : undefined;
  const body = `Note ${serial()}: ${'a line of thought, '.repeat(1 + Math.floor(random() * 20))}`;
  const input = {
    ...(target ? { id: target.id } : {}),
    documentId: doc.id,
    highlightId,
    body,
    tags: [],
  };
  return {
    method: 'notes.save',
    input,
    apply: (value) => adoptNote(model, value as Note),
    settle: (observed) => {
      const landed = [...observed.notes.values()].filter((note) => note.body === body);
      if (!landed.length) return false;
      const [note] = landed as [Note];
      const fresh = !model.notes.has(note.id);
      if (
        landed.length > 1 ||
        (target ? note.id !== target.id : fresh && highlightId !== note.highlightId)
      )
        throw new HalfThere(`A lost notes.save left ${JSON.stringify(landed)}.`);
      adoptNote(model, note);
      return true;
    },
  };
};

export const deleteHighlight = ({ model }: OpContext, id: string): SoakOp => ({
  method: 'highlights.delete',
  input: { id },
  apply: (value) => {
    model.removed.push(value as RemovedHighlight);
    dropHighlight(model, id);
  },
  settle: (observed) => {
    if (observed.highlights.has(id)) return false;
    // Its note must be gone with it: verify's comparison checks that after the drop.
    dropHighlight(model, id);
    return true;
  },
});

export const restoreHighlight = ({ model }: OpContext, removed: RemovedHighlight): SoakOp => {
  const adopt = (): void => {
    model.removed = model.removed.filter((entry) => entry !== removed);
    adoptHighlight(model, removed.highlight);
    if (removed.note) adoptNote(model, removed.note);
  };
  return {
    method: 'highlights.restore',
    input: { highlight: removed.highlight, note: removed.note },
    apply: adopt,
    settle: (observed) => {
      if (!observed.highlights.has(removed.highlight.id)) return false;
      adopt();
      return true;
    },
  };
};
