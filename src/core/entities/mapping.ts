import type { EntityType } from '../../shared/entities';
import type { EntitiesRepository, EntityRecord } from './repository';
import type { MentionsRepository } from './mentionsRepository';
import { maxMentionLength } from './limits';
import type { ExtractResult } from './types';

/** What a stored split says: mentions of entityId written `alias` belong to intoId. */
export interface SplitRule {
  entityId: string;
  alias: string;
  intoId: string;
}

/** What a stored addition says: every occurrence of `text` is a mention of entityId. */
export interface AddRule {
  entityId: string;
  text: string;
}

export interface MappingContext {
  entities: EntitiesRepository;
  mentions: MentionsRepository;
  newId: () => string;
  stamp: () => string;
}

/** Dates, money and percentages are the same entity when their values are equal. */
const valueTypes: ReadonlySet<EntityType> = new Set(['date', 'money', 'percent']);

export const isValueType = (type: EntityType): boolean => valueTypes.has(type);

/** The key an extracted entity is known by in entity_aliases. */
export const keyOf = (type: EntityType, canonical: string, value: string | null): string =>
  valueTypes.has(type) && value !== null ? value : canonical;

/** Types whose lone surnames and short names may join an entity of another document. */
const nameTypes: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where `text` occurs in `body` as whole words: [start, end) pairs, in order. */
export const occurrences = (body: string, text: string): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  if (!text) return found;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
    const end = at + text.length;
    const wordStart = isWordCharacter(text[0]) && isWordCharacter(body[at - 1]);
    const wordEnd = isWordCharacter(text.at(-1)) && isWordCharacter(body[end]);
    if (!wordStart && !wordEnd) found.push([at, end]);
  }
  return found;
};

export const createEntity = (
  context: MappingContext,
  fields: Pick<EntityRecord, 'type' | 'canonical' | 'value'>,
): EntityRecord => {
  const time = context.stamp();
  const entity: EntityRecord = {
    id: context.newId(),
    ...fields,
    hidden: false,
    mergedInto: null,
    createdAt: time,
    updatedAt: time,
  };
  context.entities.insert(entity);
  return entity;
};

/** Marks every occurrence of the rule's text in one document's text, over what was there. */
export const applyAddRule = (
  context: MappingContext,
  document: { documentId: string; version: number; body: string },
  rule: AddRule,
): void => {
  const entity = context.entities.resolve(rule.entityId);
  if (!entity) return;
  const { documentId, version } = document;
  for (const [start, end] of occurrences(document.body, rule.text)) {
    context.mentions.removeOverlapping(documentId, version, start, end);
    context.mentions.insert({
      documentId,
      version,
      entityId: entity.id,
      start,
      end,
      text: rule.text,
    });
  }
};

export const applySplitRule = (context: MappingContext, rule: SplitRule, documentId?: string) => {
  const from = context.entities.resolve(rule.entityId);
  const into = context.entities.resolve(rule.intoId);
  if (from && into && from.id !== into.id) {
    context.mentions.splitText(from.id, rule.alias, into.id, documentId);
  }
};

/**
 * The entity an extracted one stands for: the holder of its key; else, for a name written the
 * same way in exactly one entity of another document ("Biden" here, "Joe Biden" there), that
 * entity; else a new one.
 */
const entityFor = (
  context: MappingContext,
  documentId: string,
  extracted: { type: EntityType; canonical: string; value: string | null },
): string => {
  const key = keyOf(extracted.type, extracted.canonical, extracted.value);
  const owner = context.entities.aliasOwner(extracted.type, key);
  const held = owner === undefined ? undefined : context.entities.resolve(owner);
  if (held) return held.id;
  if (nameTypes.has(extracted.type)) {
    const owners = context.mentions.ownersOfText(extracted.canonical, extracted.type, documentId);
    const resolved = new Set(owners.map((id) => context.entities.resolve(id)?.id));
    const [only] = resolved;
    if (resolved.size === 1 && only !== undefined) return only;
  }
  const entity = createEntity(context, extracted);
  context.entities.setAlias(extracted.type, key, entity.id);
  return entity.id;
};

/**
 * Stores an extraction of a document's text in place of whatever was there, then replays the
 * stored splits and additions in the order they were made. Renames, retypes, merges and hiding
 * need no replay: they live on in the entities' rows and alias keys, which `entityFor` reads.
 * Runs inside the caller's transaction.
 */
export const storeExtraction = (
  context: MappingContext,
  document: { documentId: string; version: number; body: string },
  result: ExtractResult,
  extractor: string,
): void => {
  const { documentId, version } = document;
  context.mentions.clear(documentId);
  for (const extracted of result.entities) {
    const entityId = entityFor(context, documentId, {
      type: extracted.type,
      canonical: extracted.canonical,
      value: extracted.value ?? null,
    });
    for (const { start, end, text } of extracted.mentions) {
      if (end - start > maxMentionLength || start >= end) continue;
      context.mentions.insert({ documentId, version, entityId, start, end, text });
    }
  }
  for (const correction of context.entities.replayable()) {
    if (correction.kind === 'split') {
      applySplitRule(context, JSON.parse(correction.payload) as SplitRule, documentId);
    } else {
      applyAddRule(context, document, JSON.parse(correction.payload) as AddRule);
    }
  }
  context.mentions.setExtraction({ documentId, version, extractor, extractedAt: context.stamp() });
};
