import type { NameSpan, NameType } from '../../shared/entities';

/*
 * A short mention of a name the article wrote out in full is that name: "Jordan" after "Neil
 * Jordan" is the film-maker, not the country; "Deportivo" after "Deportivo Coruna" is the club,
 * not a person. The tagger reads each mention from its own sentence, where a lone surname or a
 * club's first word says little; the article says more. People are shortened to their last
 * words, organisations to their first ones (a company's or a club's distinctive word leads:
 * "Jones Medical Industries", "Rotor Volgograd").
 */

const wordsOf = (surface: string): string[] => surface.split(/\s+/u);

const startsWith = (long: readonly string[], short: readonly string[]): boolean =>
  short.every((word, index) => word === long[index]);

const endsWith = (long: readonly string[], short: readonly string[]): boolean =>
  short.every((word, index) => word === long[long.length - short.length + index]);

/** The type a shorter spelling takes from the longer names of the document it is part of. */
const typesOfParts = (
  text: string,
  spans: readonly NameSpan[],
): Map<string, NameType | undefined> => {
  const surfaces = new Set(spans.map((span) => text.slice(span.start, span.end)));
  // Longer names by the word a shorter mention of them would share: a person's last word, an
  // organisation's first. A long text has thousands of names; each mention looks at a few.
  const people = new Map<string, string[][]>();
  const organisations = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'person' && span.type !== 'organization') continue;
    const surface = text.slice(span.start, span.end);
    const words = wordsOf(surface);
    if (words.length < 2 || seen.has(`${span.type}\u0000${surface}`)) continue;
    seen.add(`${span.type}\u0000${surface}`);
    const [index, word] =
      span.type === 'person' ? [people, words.at(-1)] : [organisations, words[0]];
    const list = index.get(word ?? '');
    if (list) list.push(words);
    else index.set(word ?? '', [words]);
  }
  const parts = new Map<string, NameType | undefined>();
  for (const span of spans) {
    const surface = text.slice(span.start, span.end);
    if (parts.has(surface)) continue;
    const words = wordsOf(surface);
    const types = new Set<NameType>();
    for (const name of people.get(words.at(-1) ?? '') ?? []) {
      const rest = name.length - words.length;
      // "Lebed Chechnya" of a headline is two names run together when "Lebed" is one too.
      if (rest > 0 && endsWith(name, words) && !surfaces.has(name.slice(0, rest).join(' '))) {
        types.add('person');
      }
    }
    for (const name of organisations.get(words[0] ?? '') ?? []) {
      // A club or company is often named with its town ("Rotor Volgograd"), which stands alone too.
      if (name.length > words.length && startsWith(name, words)) types.add('organization');
    }
    // Part of a person's name and of an organisation's ("Jones", "Jones Medical"): undecided.
    parts.set(surface, types.size === 1 ? [...types][0] : undefined);
  }
  return parts;
};

/** The spans, each shorter mention of a longer person or organisation name typed as that name. */
export const typedAsFullNames = (text: string, spans: readonly NameSpan[]): NameSpan[] => {
  const parts = typesOfParts(text, spans);
  return spans.map((span) => {
    const type = parts.get(text.slice(span.start, span.end));
    if (type === undefined || type === span.type) return span;
    // An organisation's first word is often a place or a people ("Iraqi National Congress",
    // "Texas Rangers") that also stands alone: only a word the tagger took for a person's
    // name is the organisation's.
    if (type === 'organization' && span.type !== 'person') return span;
    return { ...span, type };
  });
};
