import type { CslName } from '../../shared/citations/reference';
import { latexEscape, parseWith } from './citationJs';
import { referenceFromCsl } from './convert';

/*
 * Names as imports give them (a byline, a front matter list, a PDF's Author field) into CSL
 * names, read by citation-js's BibTeX name grammar: "Jan van der Berg" and "van der Berg, Jan"
 * both give family Berg, non-dropping-particle "van der", given Jan.
 */

/** Words that say who wrote, not who. */
const bylineNoise = /^(?:by|von|par|door|di|por)\s+/iu;

const clean = (text: string): string => text.replace(bylineNoise, '').replace(/\s+/gu, ' ').trim();

/** Each text one person ("Family, Given" or "Given Family"), in order; blanks left out. */
export const namesFrom = (texts: readonly string[]): CslName[] => {
  const names = texts.map(clean).filter((text) => text !== '' && !/^and$/iu.test(text));
  if (!names.length) return [];
  const field = names.map((name) => latexEscape(name.replaceAll(' and ', ' {and} '))).join(' and ');
  const [item] = parseWith(`@misc{names, author = {${field}}}`, 'bibtex');
  return item ? (referenceFromCsl(item).author ?? []) : [];
};

/**
 * The people of a byline: "By Jane Doe and John Smith", "Doe, Jane; Smith, John", "A, B & C".
 * A single "Family, Given" stays one person.
 */
export const namesFromByline = (byline: string | null | undefined): CslName[] => {
  const text = byline ? clean(byline) : '';
  if (!text) return [];
  const bySemicolon = text.split(/\s*;\s*/u);
  if (bySemicolon.length > 1) return namesFrom(bySemicolon);
  // "Doe, Jane" or "van der Berg, Jan": one comma, and before it one name (with its particles);
  // "Jane Doe, John Smith" (as EPUB creators are joined) is two people.
  const familyGiven =
    /^(?:\p{Ll}+\s+)*[^,\s]+,\s*[^,\s]+(?:\s+[^,\s]+)?$/u.test(text) && !/\band\b|&/u.test(text);
  return namesFrom(familyGiven ? [text] : text.split(/\s*(?:,\s*and\s+|\band\b|&|,)\s*/u));
};
