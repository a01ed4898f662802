import { entityTypes, type Entity, type EntityType } from '../../shared/entities';
import type { EntityRecord } from './repository';
import { missingDocument, invalidInput } from '../errors';
import { entityNotFound } from './errors';
import {
  applyAddRule,
  applySplitRule,
  createEntity,
  isValueType,
  keyOf,
  type AddRule,
  type MappingContext,
  type SplitRule,
} from './mapping';
import { libraryEntity, type ViewContext } from './views';

export type CorrectionContext = MappingContext & ViewContext;

/** Longest text addFromSelection makes an entity of. */
const maxSelection = 200;

/** Quotes, brackets and commas around a selection are not part of the name. */
const untidyEnds = /^[\s,;:!?"“”‘'’()[\]]+|[\s,;:!?"“”‘'’()[\]]+$/gu;

/**
 * The corrections: each is applied at once to the stored entities and mentions of every
 * document, and logged in entity_corrections so that extraction keeps it (see entityMapping.ts).
 * Each runs in one transaction; a refusal changes nothing.
 */
export const createEntityCorrections = (context: CorrectionContext) => {
  const { store, entities, mentions, links } = context;

  const requireEntity = (id: string): EntityRecord => {
    const entity = entities.resolve(id);
    if (!entity) throw entityNotFound(id);
    return entity;
  };

  const save = (entity: EntityRecord): EntityRecord => {
    const updated = { ...entity, updatedAt: context.stamp() };
    entities.update(updated);
    return updated;
  };

  /** Another entity this one would now be the same as: same type, name (and value). */
  const twinOf = (entity: EntityRecord, type: EntityType, canonical: string) =>
    entities
      .findByName(type, canonical)
      .find(
        (other) => other.id !== entity.id && (!isValueType(type) || other.value === entity.value),
      );

  /** `from` disappears into `into`: its mentions, keys, note links and names go there. */
  const mergeInto = (from: EntityRecord, into: EntityRecord): Entity => {
    mentions.moveEntity(from.id, into.id);
    entities.moveAliases(from.id, into.id);
    entities.addAlias(from.type, from.canonical, into.id);
    links.moveEntity(from.id, into.id);
    entities.repointMerged(from.id, into.id);
    save({ ...from, mergedInto: into.id });
    return libraryEntity(context, save(into));
  };

  const record = (kind: Parameters<typeof entities.addCorrection>[0], payload: object) =>
    entities.addCorrection(kind, payload, context.stamp());

  return {
    rename: (entityId: string, canonical: string): Entity =>
      store.write(() => {
        const entity = requireEntity(entityId);
        if (canonical === entity.canonical) return libraryEntity(context, entity);
        record('rename', { entityId: entity.id, from: entity.canonical, to: canonical });
        const twin = twinOf(entity, entity.type, canonical);
        if (twin) return mergeInto(entity, twin);
        if (!isValueType(entity.type)) entities.addAlias(entity.type, canonical, entity.id);
        return libraryEntity(context, save({ ...entity, canonical }));
      }),

    retype: (entityId: string, type: EntityType): Entity =>
      store.write(() => {
        const entity = requireEntity(entityId);
        if (type === entity.type) return libraryEntity(context, entity);
        record('retype', { entityId: entity.id, from: entity.type, to: type });
        const twin = twinOf(entity, type, entity.canonical);
        if (twin) return mergeInto(entity, twin);
        entities.addAlias(type, keyOf(type, entity.canonical, entity.value), entity.id);
        return libraryEntity(context, save({ ...entity, type }));
      }),

    merge: (entityId: string, intoId: string): Entity =>
      store.write(() => {
        const from = requireEntity(entityId);
        const into = requireEntity(intoId);
        if (from.id === into.id) {
          throw invalidInput(
            `"${from.canonical}" cannot be merged into itself; pick another entity.`,
          );
        }
        record('merge', { entityId: from.id, intoId: into.id });
        return mergeInto(from, into);
      }),

    split: (entityId: string, alias: string): Entity =>
      store.write(() => {
        const entity = requireEntity(entityId);
        if (alias === entity.canonical) {
          throw invalidInput(
            `"${alias}" is the name of the entity itself; split off one of its aliases, or ` +
              'rename it.',
          );
        }
        const { aliases } = libraryEntity(context, entity);
        if (!aliases.includes(alias)) {
          const known = aliases.length ? aliases.map((name) => `"${name}"`).join(', ') : 'none';
          throw invalidInput(
            `"${alias}" is not an alias of "${entity.canonical}" (its aliases: ${known}).`,
          );
        }
        const into =
          twinOf(entity, entity.type, alias) ??
          createEntity(context, {
            type: entity.type,
            canonical: alias,
            value: isValueType(entity.type) ? entity.value : null,
          });
        for (const type of entityTypes) {
          const owner = entities.aliasOwner(type, alias);
          if (owner !== undefined && entities.resolve(owner)?.id === entity.id) {
            entities.setAlias(type, alias, into.id);
          }
        }
        entities.addAlias(entity.type, alias, into.id);
        const rule: SplitRule = { entityId: entity.id, alias, intoId: into.id };
        record('split', rule);
        applySplitRule(context, rule);
        return libraryEntity(context, into);
      }),

    hide: (entityId: string, hidden: boolean): Entity =>
      store.write(() => {
        const entity = requireEntity(entityId);
        if (hidden === entity.hidden) return libraryEntity(context, entity);
        record('hide', { entityId: entity.id, hidden });
        return libraryEntity(context, save({ ...entity, hidden }));
      }),

    /** Makes the selected words an entity and marks them wherever they occur, now and later. */
    addFromSelection: (documentId: string, start: number, end: number, type: EntityType): Entity =>
      store.write(() => {
        const document = store.versions.findCurrent(documentId);
        if (!document) throw missingDocument(store, documentId);
        if (end > document.body.length) {
          throw invalidInput(
            `The selection ends at ${end}, past the end of the text (${document.body.length}).`,
          );
        }
        const text = document.body.slice(start, end).replace(untidyEnds, '');
        if (!text) throw invalidInput('The selection holds no words to make an entity of.');
        if (text.includes('\n')) {
          throw invalidInput('An entity is a name within one paragraph; select less text.');
        }
        if (text.length > maxSelection) {
          throw invalidInput(`An entity name can be at most ${maxSelection} characters.`);
        }
        const owner = entities.aliasOwner(type, text);
        let entity =
          (owner === undefined ? undefined : entities.resolve(owner)) ??
          entities.findByName(type, text)[0] ??
          createEntity(context, { type, canonical: text, value: null });
        // Picking it out of the text again says it is not a false one after all.
        if (entity.hidden) entity = save({ ...entity, hidden: false });
        entities.addAlias(type, text, entity.id);
        const rule: AddRule = { entityId: entity.id, text };
        record('add', rule);
        for (const extracted of mentions.extractedTexts()) applyAddRule(context, extracted, rule);
        return libraryEntity(context, entity);
      }),
  };
};

export type EntityCorrections = ReturnType<typeof createEntityCorrections>;
