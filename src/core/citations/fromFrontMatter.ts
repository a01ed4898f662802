import { normalizeDoi } from '../../shared/citations/identifiers';
import { referenceTypes, type CslName, type Reference } from '../../shared/citations/reference';
import { dateFrom, dropEmpty } from './fromImport';
import { namesFrom } from './names';

/*
 * Reference data from Markdown front matter, by the property names notes apps and Pandoc use
 * (and Gloss's own exports write): authors as a list or one string, date or year, url, doi,
 * journal or container-title, and the CSL names themselves.
 */

type Fields = Record<string, unknown>;

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

const pick = (fields: Fields, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const value = text(fields[key]);
    if (value !== undefined) return value;
  }
  return undefined;
};

/** A list of names, one string ("A and B"), or objects with family/given or name. */
const people = (value: unknown): CslName[] | undefined => {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const names = items.flatMap((item): string[] => {
    if (typeof item === 'string') return item.split(/\s+and\s+|\s*;\s*/u);
    if (item && typeof item === 'object') {
      const { family, given, name } = item as Record<string, unknown>;
      if (typeof family === 'string')
        return [typeof given === 'string' ? `${family}, ${given}` : family];
      if (typeof name === 'string') return [name];
    }
    return [];
  });
  const parsed = namesFrom(names);
  return parsed.length ? parsed : undefined;
};

export const citationFromFrontMatter = (fields: Fields): Partial<Reference> => {
  const type = pick(fields, 'type', 'reference-type');
  const doi = pick(fields, 'doi', 'DOI');
  const year = pick(fields, 'year');
  return dropEmpty({
    type: (referenceTypes as readonly string[]).includes(type ?? '')
      ? (type as Reference['type'])
      : undefined,
    author: people(fields.authors ?? fields.author),
    editor: people(fields.editors ?? fields.editor),
    issued: dateFrom(pick(fields, 'issued', 'date', 'published') ?? year),
    'container-title': pick(fields, 'container-title', 'journal', 'container', 'site'),
    publisher: pick(fields, 'publisher'),
    'publisher-place': pick(fields, 'publisher-place', 'place'),
    edition: pick(fields, 'edition'),
    volume: pick(fields, 'volume'),
    issue: pick(fields, 'issue', 'number'),
    page: pick(fields, 'pages', 'page'),
    DOI: doi ? normalizeDoi(doi) : undefined,
    ISBN: pick(fields, 'isbn', 'ISBN'),
    URL: pick(fields, 'url', 'URL', 'link'),
    accessed: dateFrom(pick(fields, 'accessed')),
    language: pick(fields, 'language', 'lang'),
  });
};
