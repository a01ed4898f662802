import type { Highlight, Note, RemovedHighlight } from '../../src/shared/annotations';
import { highlightColors } from '../../src/shared/annotations';
import type { MethodName } from '../../src/shared/contract';
import type { Entity } from '../../src/shared/entities';
import {
  asPlainText,
  fileInput,
  versionCount,
  versionFile,
  type SoakFile,
  type TextFamily,
} from './corpus';
import {
  adoptHighlight,
  adoptNote,
  currentText,
  dropDocument,
  dropHighlight,
  liveDocs,
  type DocModel,
  type SoakModel,
} from './model';
import { HalfThere, type Observed } from './observed';

/**
 * One write of the soak: the contract call, what its answer changes in the model, and, for
 * the call in flight when the core was killed, whether it landed, judged from what the
 * restarted core holds. `settle` adopts a landed call into the model and throws HalfThere when
 * only part of it is there; the full comparison (verify.ts) follows.
 */
export interface SoakOp {
  method: MethodName;
  input: unknown;
  apply(value: unknown): void;
  settle(observed: Observed): boolean;
  /** An entity whose state settle needs read. */
  entityId?: string;
}

export interface OpContext {
  model: SoakModel;
  random: () => number;
  families: readonly TextFamily[];
  files: readonly SoakFile[];
  /** Counts corrections, so each rename gives a name no other entity has (no merges). */
  serial: () => number;
}

const maxDocuments = 7;

const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

const versionOf = (key: string): number => Number(key.split(':').at(-1));

/** The one document a lost import may have added, if it landed. */
const newDocument = (model: SoakModel, observed: Observed): string | undefined => {
  const added = [...observed.library.keys()].filter((id) => !model.docs.has(id));
  if (added.length > 1) throw new HalfThere(`${added.length} new documents from one import.`);
  return added[0];
};

const importOp = (
  context: OpContext,
  family: number | null,
  key: string,
  method: MethodName,
  input: unknown,
): SoakOp => {
  const { model } = context;
  const adopt = (id: string): void => {
    model.docs.set(id, { id, family, texts: [key], version: 0, undoable: false, trashed: false });
  };
  return {
    method,
    input,
    apply: (value) => adopt((value as { id: string }).id),
    settle: (observed) => {
      const id = newDocument(model, observed);
      if (id === undefined) return false;
      if (observed.texts.get(id) !== model.expected.get(key))
        throw new HalfThere(
          `The lost import of ${key} left a document whose text is not the file's.`,
        );
      adopt(id);
      return true;
    },
  };
};

const importAny = (context: OpContext): SoakOp => {
  const { random, families, files } = context;
  if (random() < 0.4) {
    const family = Math.floor(random() * families.length);
    const { title, versions } = families[family] as TextFamily;
    const input = { title, text: asPlainText(versions[0] as string[]) };
    return importOp(context, family, `plain:${family}:0`, 'documents.importText', input);
  }
  const file = pick(random, files) as SoakFile;
  const family = file.key.startsWith('pdf') ? null : Number(file.key.split(':')[1]);
  return importOp(context, family, file.key, 'documents.importFile', fileInput(file));
};

const createHighlight = ({ model, random }: OpContext, doc: DocModel): SoakOp => {
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

const recolour = ({ model, random }: OpContext, id: string): SoakOp => {
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

const saveNote = ({ model, random, serial }: OpContext, doc: DocModel): SoakOp => {
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

const deleteHighlight = ({ model }: OpContext, id: string): SoakOp => ({
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

const restoreHighlight = ({ model }: OpContext, removed: RemovedHighlight): SoakOp => {
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

/** A new version (replaceText or updateFromFile) or the undo of the last one. */
const textChange = (
  context: OpContext,
  doc: DocModel,
  change: 'paste' | 'file' | 'undo',
): SoakOp => {
  const { model, families } = context;
  const family = doc.family as number;
  const next = versionOf(doc.texts.at(-1) as string) + 1;
  const key = change === 'paste' ? `plain:${family}:${next}` : `md:${family}:${next}`;
  const adopt = (): void => {
    if (change === 'undo') doc.texts.pop();
    else doc.texts.push(key);
    doc.undoable = change !== 'undo';
    // Undoing a delete belongs to the text it was made on (the app's undo stack is per version).
    model.removed = model.removed.filter(({ highlight }) => highlight.documentId !== doc.id);
  };
  const method: MethodName =
    change === 'undo'
      ? 'documents.undoReplaceText'
      : change === 'paste'
        ? 'documents.replaceText'
        : 'documents.updateFromFile';
  const input =
    change === 'undo'
      ? { id: doc.id }
      : change === 'paste'
        ? { id: doc.id, text: asPlainText(families[family]?.versions[next] as string[]) }
        : { id: doc.id, ...fileInput(versionFile(families, family, next)) };
  const before = currentText(model, doc);
  const after =
    change === 'undo' ? model.expected.get(doc.texts.at(-2) as string) : model.expected.get(key);
  return {
    method,
    input,
    apply: adopt,
    settle: (observed) => {
      const text = observed.texts.get(doc.id);
      if (text === before) return false;
      if (text !== after)
        throw new HalfThere(`A lost ${method} left a text that is neither version.`);
      adopt();
      return true;
    },
  };
};

const correctEntity = ({ model, random, serial }: OpContext, entity: Entity): SoakOp => {
  const rename = random() < 0.6;
  const known = model.corrected.get(entity.id);
  const hidden = !(known?.hidden ?? entity.hidden);
  const canonical = `Soak name ${serial()}`;
  const adopt = (value: Entity): void => {
    model.corrected.set(entity.id, {
      id: entity.id,
      canonical: value.canonical,
      hidden: value.hidden,
    });
  };
  return {
    method: rename ? 'entities.rename' : 'entities.hide',
    input: rename ? { entityId: entity.id, canonical } : { entityId: entity.id, hidden },
    entityId: entity.id,
    apply: (value) => adopt(value as Entity),
    settle: (observed) => {
      const now = observed.entities.get(entity.id);
      if (!now || (rename ? now.canonical !== canonical : now.hidden !== hidden)) return false;
      adopt(now);
      return true;
    },
  };
};

const trashDocument = (doc: DocModel): SoakOp => ({
  method: 'documents.delete',
  input: { id: doc.id },
  apply: () => {
    doc.trashed = true;
  },
  settle: (observed) => {
    if (!observed.trash.has(doc.id)) return false;
    doc.trashed = true;
    return true;
  },
});

const emptyTrash = ({ model }: OpContext): SoakOp => {
  const drop = (): void => {
    for (const doc of [...model.docs.values()]) if (doc.trashed) dropDocument(model, doc.id);
  };
  return {
    method: 'trash.empty',
    input: {},
    apply: drop,
    settle: (observed) => {
      if (observed.trash.size) return false;
      drop();
      return true;
    },
  };
};

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
