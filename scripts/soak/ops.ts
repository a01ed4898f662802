import type { RemovedHighlight } from '../../src/shared/annotations';
import type { Entity } from '../../src/shared/entities';
import {
  createHighlight,
  deleteHighlight,
  recolour,
  restoreHighlight,
  saveNote,
} from './annotationOps';
import { versionCount } from './corpus';
import { correctEntity, emptyTrash, importAny, textChange, trashDocument } from './documentOps';
import { liveDocs, type DocModel } from './model';
import { pick, versionOf, type OpContext, type SoakOp } from './opTypes';

export type { OpContext, SoakOp } from './opTypes';

const maxDocuments = 7;

/** The next write, drawn from the seeded generator among those the library allows now. */
export const nextOp = (context: OpContext): SoakOp => {
  const { model, random } = context;
  const docs = liveDocs(model);
  const doc = pick(random, docs);
  const highlights = [...model.highlights.values()].filter(
    (h) => model.docs.get(h.documentId)?.trashed === false,
  );
  const highlight = pick(random, highlights);
  const updatable = docs.filter(
    (d) => d.family !== null && versionOf(d.texts.at(-1) as string) < versionCount - 1,
  );
  const undoable = docs.filter((d) => d.undoable);
  const restorable = model.removed.findLast(
    ({ highlight }) => model.docs.get(highlight.documentId)?.trashed === false,
  );
  const choices: [number, (() => SoakOp) | null][] = [
    [docs.length < maxDocuments ? 1.5 : 0, () => importAny(context)],
    [docs.length >= maxDocuments - 1 ? 1 : 0, () => trashDocument(doc as DocModel)],
    [[...model.docs.values()].some((d) => d.trashed) ? 0.3 : 0, () => emptyTrash(context)],
    [doc ? 5 : 0, () => createHighlight(context, doc as DocModel)],
    [highlight ? 3 : 0, () => recolour(context, highlight?.id as string)],
    [doc ? 3 : 0, () => saveNote(context, doc as DocModel)],
    [highlight ? 1.5 : 0, () => deleteHighlight(context, highlight?.id as string)],
    [restorable ? 1 : 0, () => restoreHighlight(context, restorable as RemovedHighlight)],
    [
      updatable.length ? 1.2 : 0,
      () => textChange(context, pick(random, updatable) as DocModel, 'paste'),
    ],
    [
      updatable.length ? 0.8 : 0,
      () => textChange(context, pick(random, updatable) as DocModel, 'file'),
    ],
    [
      undoable.length ? 0.8 : 0,
      () => textChange(context, pick(random, undoable) as DocModel, 'undo'),
    ],
    [
      model.seenEntities.length ? 1.2 : 0,
      () => correctEntity(context, pick(random, model.seenEntities) as Entity),
    ],
  ];
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [weight, make] of choices) {
    roll -= weight;
    if (weight > 0 && roll < 0 && make) return make();
  }
  return importAny(context);
};
