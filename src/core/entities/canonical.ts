import type { EntityMention, NameSpan } from '../../shared/entities';
import { acronymDefinitions } from './consistency';
import { getGazetteer } from './gazetteer';
import type { ExtractedEntity } from './types';

const tidyName = (name: string): string => name.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');

const tokensOf = (surface: string): string[] => surface.split(/\s+/u);

/** `short` is the first or the last words of `long`: "Trump" of "Donald Trump", "Yoon" of "Yoon Suk Yeol". */
const isPartOf = (short: readonly string[], long: readonly string[]): boolean => {
  if (short.length >= long.length) return false;
  const matches = (offset: number): boolean =>
    short.every((token, index) => token === long[offset + index]);
  return matches(0) || matches(long.length - short.length);
};

/**
 * The full name each person mention stands for: the longest name in the document that starts
 * or ends with it. Where several do ("Biden" of "Joe Biden" and "Hunter Biden") the one
 * mentioned last before it wins, else the one mentioned first.
 */
const personNames = (text: string, people: readonly NameSpan[]): Map<NameSpan, string> => {
  const surfaces = [...new Set(people.map((span) => text.slice(span.start, span.end)))];
  const longer = new Map<string, string[]>();
  for (const surface of surfaces) {
    const tokens = tokensOf(surface);
    const fuller = surfaces.filter((other) => isPartOf(tokens, tokensOf(other)));
    const longest = Math.max(0, ...fuller.map((other) => tokensOf(other).length));
    longer.set(
      surface,
      fuller.filter((other) => tokensOf(other).length === longest),
    );
  }
  const names = new Map<NameSpan, string>();
  const lastSeen = new Map<string, number>();
  for (const span of people) {
    const surface = text.slice(span.start, span.end);
    const options = longer.get(surface) ?? [];
    let name = surface;
    if (options.length === 1) name = options[0] ?? surface;
    else if (options.length > 1) {
      const seen = options.filter((option) => lastSeen.has(option));
      seen.sort((a, b) => (lastSeen.get(b) ?? 0) - (lastSeen.get(a) ?? 0));
      name = seen[0] ?? options[0] ?? surface;
    }
    lastSeen.set(surface, span.start);
    names.set(span, name);
  }
  return names;
};

/** Names to mentions: each with the canonical name of the entity it belongs to. */
export const nameMentions = (text: string, spans: readonly NameSpan[]): EntityMention[] => {
  const people = personNames(
    text,
    spans.filter((span) => span.type === 'person'),
  );
  const acronyms = acronymDefinitions(text, spans);
  const gazetteer = getGazetteer();
  return spans.map((span) => {
    const surface = text.slice(span.start, span.end);
    let canonical = people.get(span) ?? surface;
    const longForm = acronyms.get(surface);
    if (longForm && longForm.type === span.type) {
      canonical = text.slice(longForm.start, longForm.end);
    } else if (span.type === 'place' || span.type === 'misc') {
      canonical = gazetteer.lookup(surface)?.canonical ?? surface;
    }
    return {
      text: surface,
      type: span.type,
      start: span.start,
      end: span.end,
      canonical: tidyName(canonical),
    };
  });
};

const isShouted = (name: string): boolean =>
  /\p{Ll}/u.test(name) === false && /\p{Lu}{3}/u.test(name);

/**
 * The name an entity is listed under: the most used canonical name of its mentions, written
 * as in running text rather than as in a dateline ("Frankfurt", not "FRANKFURT").
 */
const preferredName = (mentions: readonly EntityMention[]): string => {
  const counts = new Map<string, number>();
  for (const mention of mentions)
    counts.set(mention.canonical, (counts.get(mention.canonical) ?? 0) + 1);
  const ranked = [...counts].sort(
    (a, b) => Number(isShouted(a[0])) - Number(isShouted(b[0])) || b[1] - a[1],
  );
  return ranked[0]?.[0] ?? mentions[0]?.canonical ?? '';
};

/*
 * Names group by canonical name, values by value ("8.3%" and "8.3 percent"), quantities by what
 * they count as well ("50,000 troops" is not "50,000 people").
 */
const groupKey = (mention: EntityMention): string => {
  const key =
    mention.type === 'quantity' ? mention.canonical : (mention.value ?? mention.canonical);
  return `${mention.type}\u0000${key.toLowerCase()}`;
};

/**
 * The mentions grouped by entity for the Entities panel, most mentioned first. Each mention's
 * canonical name is set to its entity's, so "1.47 billion dollars" says "$1.47 billion" too.
 */
export const groupMentions = (mentions: readonly EntityMention[]): ExtractedEntity[] => {
  const groups = new Map<string, EntityMention[]>();
  for (const mention of mentions) {
    const key = groupKey(mention);
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const entities = [...groups.values()].map((group): ExtractedEntity => {
    const sorted = [...group].sort((a, b) => a.start - b.start);
    const first = sorted[0] as EntityMention;
    const canonical = preferredName(sorted);
    for (const mention of sorted) mention.canonical = canonical;
    // A quantity's canonical name adds what it counts: "50,000" is not another name for it.
    const aliases = [...new Set(sorted.map((mention) => mention.text))].filter(
      (alias) => alias !== canonical && !(first.type === 'quantity' && canonical.startsWith(alias)),
    );
    const entity: ExtractedEntity = { canonical, type: first.type, mentions: sorted, aliases };
    if (first.value !== undefined) entity.value = first.value;
    return entity;
  });
  return entities.sort(
    (a, b) =>
      b.mentions.length - a.mentions.length ||
      (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
};
