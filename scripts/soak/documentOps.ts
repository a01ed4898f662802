import type { MethodName } from '../../src/shared/contract';
import type { Entity } from '../../src/shared/entities';
import { asPlainText, fileInput, versionFile, type SoakFile, type TextFamily } from './corpus';
import { currentText, dropDocument, type DocModel, type SoakModel } from './model';
import { HalfThere, type Observed } from './observed';
import { pick, versionOf, type OpContext, type SoakOp } from './opTypes';

/* The soak's writes to documents: imports, new versions and their undo, the Trash, entities. */

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

export const importAny = (context: OpContext): SoakOp => {
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

/** A new version (replaceText or updateFromFile) or the undo of the last one. */
export const textChange = (
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

export const correctEntity = ({ model, random, serial }: OpContext, entity: Entity): SoakOp => {
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

export const trashDocument = (doc: DocModel): SoakOp => ({
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

export const emptyTrash = ({ model }: OpContext): SoakOp => {
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
