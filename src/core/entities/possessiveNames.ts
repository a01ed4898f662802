import type { NameSpan } from '../../shared/entities';
import { isFunctionWord } from './lexicon';

/*
 * Some organisations are named in the possessive: "McDonald's", "Moody's", "Sotheby's",
 * "Boatmen's". The tagger reads the "'s" as the possessive of a shorter name, and so does
 * everything after it. An article shows which it is: a possessive is followed by what is owned
 * ("NationsBank's bid"), a name can be followed by anything ("Boatmen's was the prize", "a bid
 * for Boatmen's."). A name keeps its "'s" in every mention when the article never writes it
 * without one and at least one mention is followed by punctuation, the end of a line or a
 * grammatical word, never by a noun.
 */

const possessiveAfter = /^['’]s(?![\p{L}\p{N}])/u;
const nextWord = /^\s*(\p{L}+)/u;
const endOfClause = /^\s*(?:$|[\n.,;:!?)\]"”’'])/u;

/** Does the mention's "'s" stand where a name can end but a possessive cannot? */
const endsLikeAName = (text: string, end: number): boolean => {
  const after = text.slice(end + 2, end + 40);
  if (endOfClause.test(after)) return true;
  const word = nextWord.exec(after)?.[1];
  return word !== undefined && word === word.toLowerCase() && isFunctionWord(word);
};

/** The organisations' spans with the "'s" of a name that is always written with it. */
export const withPossessiveNames = (text: string, spans: readonly NameSpan[]): NameSpan[] => {
  const bySurface = new Map<string, NameSpan[]>();
  for (const span of spans) {
    if (span.type !== 'organization') continue;
    const surface = text.slice(span.start, span.end);
    bySurface.set(surface, [...(bySurface.get(surface) ?? []), span]);
  }
  const extended = new Set<NameSpan>();
  for (const mentions of bySurface.values()) {
    const always = mentions.every((span) =>
      possessiveAfter.test(text.slice(span.end, span.end + 3)),
    );
    if (!always || mentions.length < 2) continue;
    if (!mentions.some((span) => endsLikeAName(text, span.end))) continue;
    for (const span of mentions) extended.add(span);
  }
  if (extended.size === 0) return [...spans];
  return spans.map((span) => (extended.has(span) ? { ...span, end: span.end + 2 } : span));
};

// A company's legal form ends its name: "First Albany Corp.", "Homegate Hospitality Inc".
const legalForm =
  /\s(?:Corp|Corporation|Inc|Incorporated|Co|Cos|Ltd|Limited|LLC|plc|PLC|AG|GmbH|NV|SpA|Bhd)\.?$/u;

/** A name that ends in a company's legal form is an organisation, whatever the tagger said. */
export const withCompanyTypes = (text: string, spans: readonly NameSpan[]): NameSpan[] =>
  spans.map((span) =>
    span.type !== 'organization' && legalForm.test(text.slice(span.start, span.end))
      ? { ...span, type: 'organization' }
      : span,
  );
