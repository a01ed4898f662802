import type { Annotations } from '../../src/shared/annotations';
import type { DocumentEntities, Entity } from '../../src/shared/entities';
import type { DocumentSummary, GlossDocument, TrashedDocument } from '../../src/shared/model';
import { canonicalText } from '../../src/shared/text';
import type { CoreChild } from './coreChild';
import { currentText, liveDocs, type SoakModel } from './model';
import type { Observed } from './observed';

/** Reads through the contract; a read that fails (or is lost) fails the soak. */
const read = async <T>(core: CoreChild, method: string, input: unknown): Promise<T> => {
  const ack = await core.call(method, input);
  if (!ack.acked) throw new Error(`${method} got no answer. ${core.stderr()}`);
  if (!ack.result.ok) throw new Error(`${method} failed: ${ack.result.error.message}`);
  return ack.result.value as T;
};

/** Everything the soak checks, as the restarted core answers it. */
export const observe = async (
  core: CoreChild,
  model: SoakModel,
  entityIds: readonly string[],
): Promise<Observed> => {
  const library = new Map(
    (await read<DocumentSummary[]>(core, 'library.list', {})).map((doc) => [doc.id, doc]),
  );
  const trash = new Set((await read<TrashedDocument[]>(core, 'trash.list', {})).map((d) => d.id));
  const observed: Observed = {
    library,
    trash,
    texts: new Map(),
    highlights: new Map(),
    notes: new Map(),
    entities: new Map(),
  };
  for (const id of library.keys()) {
    const doc = await read<GlossDocument>(core, 'documents.get', { id });
    observed.texts.set(id, canonicalText(doc.blocks));
    const { highlights, notes } = await read<Annotations>(core, 'annotations.list', {
      documentId: id,
    });
    for (const highlight of highlights) observed.highlights.set(highlight.id, highlight);
    for (const note of notes) observed.notes.set(note.id, note);
  }
  for (const entityId of new Set([...model.corrected.keys(), ...entityIds])) {
    const { entity } = await read<{ entity: Entity }>(core, 'entities.get', { entityId });
    observed.entities.set(entityId, entity);
  }
  return observed;
};

/** Entities of one document, as candidates for the corrections the soak makes. */
export const learnEntities = async (core: CoreChild, model: SoakModel, documentId: string) => {
  const found = await read<DocumentEntities>(core, 'entities.list', { documentId });
  if (found.state === 'ready' && found.entities.length)
    model.seenEntities = found.entities.slice(0, 12);
};

const sameSet = (what: string, expected: Iterable<string>, found: Iterable<string>): string[] => {
  const want = new Set(expected);
  const have = new Set(found);
  const missing = [...want].filter((id) => !have.has(id));
  const extra = [...have].filter((id) => !want.has(id));
  return [
    ...(missing.length ? [`${what}: acknowledged but missing: ${missing.join(', ')}`] : []),
    ...(extra.length ? [`${what}: present but never acknowledged: ${extra.join(', ')}`] : []),
  ];
};

/**
 * Compares the restarted library with the model of acknowledged writes and checks what must
 * hold whatever the writes were: each document holds one whole known text, its summary agrees
 * with it, each highlight that is not an orphan quotes its words exactly, each note's highlight
 * is there. Returns every difference found; none means the kill lost and half-did nothing.
 */
export const compare = (model: SoakModel, observed: Observed): string[] => {
  const live = liveDocs(model);
  const failures = [
    ...sameSet(
      'documents',
      live.map((doc) => doc.id),
      observed.library.keys(),
    ),
    ...sameSet(
      'trash',
      [...model.docs.values()].filter((d) => d.trashed).map((d) => d.id),
      observed.trash,
    ),
  ];
  const liveIds = new Set(live.map((doc) => doc.id));
  const ofLive = <T extends { documentId: string }>(items: Iterable<T>) =>
    [...items].filter((item) => liveIds.has(item.documentId));
  failures.push(
    ...sameSet(
      'highlights',
      ofLive(model.highlights.values()).map((h) => h.id),
      observed.highlights.keys(),
    ),
    ...sameSet(
      'notes',
      ofLive(model.notes.values()).map((n) => n.id),
      observed.notes.keys(),
    ),
  );
  for (const doc of live) {
    const text = observed.texts.get(doc.id);
    const summary = observed.library.get(doc.id);
    if (text === undefined || !summary) continue;
    if (text !== currentText(model, doc))
      failures.push(
        `document ${doc.id}: its text is not ${doc.texts.at(-1)} (${text.length} characters)`,
      );
    if (summary.charCount !== text.length)
      failures.push(
        `document ${doc.id}: the library says ${summary.charCount} characters, the text has ${text.length}`,
      );
    const highlights = [...observed.highlights.values()].filter((h) => h.documentId === doc.id);
    if (summary.highlightCount !== highlights.length)
      failures.push(
        `document ${doc.id}: the library counts ${summary.highlightCount} highlights, it has ${highlights.length}`,
      );
    for (const highlight of highlights) {
      const words = text.slice(highlight.start, highlight.end);
      if (highlight.status !== 'orphaned' && words !== highlight.quote.exact)
        failures.push(
          `highlight ${highlight.id}: quotes "${highlight.quote.exact}" but sits on "${words}" (a mix of versions)`,
        );
    }
  }
  for (const [id, expected] of model.highlights) {
    const found = observed.highlights.get(id);
    if (found && found.color !== expected.color)
      failures.push(`highlight ${id}: ${found.color}, acknowledged ${expected.color}`);
  }
  for (const [id, expected] of model.notes) {
    const found = observed.notes.get(id);
    if (!found) continue;
    if (found.body !== expected.body)
      failures.push(`note ${id}: its body is not the acknowledged one`);
    if (found.highlightId !== null && !observed.highlights.has(found.highlightId))
      failures.push(`note ${id}: its highlight ${found.highlightId} is gone`);
  }
  for (const [id, expected] of model.corrected) {
    const found = observed.entities.get(id);
    if (found?.canonical !== expected.canonical || found.hidden !== expected.hidden)
      failures.push(
        `entity ${id}: ${JSON.stringify(found)}, acknowledged ${JSON.stringify(expected)}`,
      );
  }
  return failures;
};
