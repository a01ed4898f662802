import { entityTypes, type DocEntity, type EntityType } from '../../../shared/entities';

/** The panel's groups, in the order they are shown; `misc` gathers nationalities, events, laws. */
export const entityGroups: readonly { type: EntityType; label: string; one: string }[] = [
  { type: 'person', label: 'People', one: 'Person' },
  { type: 'organization', label: 'Organisations', one: 'Organisation' },
  { type: 'place', label: 'Places', one: 'Place' },
  { type: 'date', label: 'Dates', one: 'Date' },
  { type: 'money', label: 'Money', one: 'Money' },
  { type: 'percent', label: 'Percentages', one: 'Percentage' },
  { type: 'quantity', label: 'Quantities', one: 'Quantity' },
  { type: 'misc', label: 'Misc', one: 'Misc' },
];

/** "Person", "Organisation"…: the singular name of a type, for the card and the type picker. */
export const typeName = (type: EntityType): string =>
  entityGroups.find((group) => group.type === type)?.one ?? type;

/** A type from a select's value; anything unknown is misc. */
export const toEntityType = (value: string): EntityType =>
  entityTypes.find((type) => type === value) ?? 'misc';

/** "1470000000" → "1,470,000,000"; keeps any decimals and a sign as written. */
const groupDigits = (number: string): string => {
  const match = /^(-?)(\d+)(\.\d+)?$/u.exec(number);
  if (!match) return number;
  const [, sign = '', whole = '', decimals = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')}${decimals}`;
};

/**
 * The normalised value as the panel shows it: dates as the core gives them ("2027-03"), money
 * as "1,470,000,000 USD", percentages as "8.3 %", quantities as "50,000". Null when the entity
 * has no value worth showing.
 */
export const formatValue = (type: EntityType, value: string | null): string | null => {
  if (value === null || value.trim() === '') return null;
  switch (type) {
    case 'money': {
      const [amount = '', ...currency] = value.trim().split(/\s+/u);
      return [groupDigits(amount), ...currency].join(' ');
    }
    case 'percent':
      return `${groupDigits(value.trim())} %`;
    case 'quantity':
      return groupDigits(value.trim());
    case 'date':
      return value;
    default:
      return null;
  }
};

/** Markdown reduced to its words, for a one-line excerpt. */
export const plainExcerpt = (markdown: string, length = 140): string => {
  const plain = markdown
    .replace(/^\s{0,3}(?:[-*+]|\d+\.|#{1,6}|>)\s+/gmu, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[`*_~]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain;
};

/** "2,191": counts read better grouped, whatever the system's locale. */
export const countText = (count: number): string => count.toLocaleString('en-US');

export const mentionsText = (count: number): string =>
  `${countText(count)} ${count === 1 ? 'mention' : 'mentions'}`;

/** The accessible name of an item: the canonical name first, as testers rely on. */
export const entityLabel = (entity: DocEntity): string => {
  const value = formatValue(entity.type, entity.value);
  const shownValue = value !== null && value !== entity.canonical ? `, ${value}` : '';
  return `${entity.canonical}${shownValue}, ${mentionsText(entity.mentionCount)}`;
};

/** Most mentioned first, then by name, so equal counts keep a stable, findable order. */
export const byMentions = (a: DocEntity, b: DocEntity): number =>
  b.mentionCount - a.mentionCount || a.canonical.localeCompare(b.canonical);

/** Case- and accent-insensitive: "sang" finds "Choi Sang-mok", "seoul" finds "Seoul". */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether an entity matches the filter box: by its name, an alias or its shown value. */
export const matchesFilter = (entity: DocEntity, filter: string): boolean => {
  const wanted = fold(filter.trim());
  if (wanted === '') return true;
  const names = [entity.canonical, ...entity.aliases, formatValue(entity.type, entity.value) ?? ''];
  return names.some((name) => fold(name).includes(wanted));
};

export interface EntityGroup {
  type: EntityType;
  label: string;
  entities: DocEntity[];
}

/**
 * The visible entities grouped in panel order, empty groups left out, plus the hidden ones
 * (matching the filter) apart, for the collapsed "Hidden" group.
 */
export const groupEntities = (
  entities: readonly DocEntity[],
  filter: string,
): { groups: EntityGroup[]; hidden: DocEntity[] } => {
  const matching = entities.filter((entity) => matchesFilter(entity, filter));
  const groups = entityGroups
    .map(({ type, label }) => ({
      type,
      label,
      entities: matching
        .filter((entity) => !entity.hidden && entity.type === type)
        .sort(byMentions),
    }))
    .filter((group) => group.entities.length > 0);
  const hidden = matching.filter((entity) => entity.hidden).sort(byMentions);
  return { groups, hidden };
};
