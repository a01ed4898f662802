import { formatIsoDate, yearOf } from '../citations/dates';
import { displayName, type Reference } from '../citations/reference';
import type { ExportedCitation } from './types';

/*
 * A document's reference as front matter properties (Obsidian shows them in its Properties
 * view): the citekey, the people as plain names, the year, then the other fields by their CSL
 * names. Only what the reference holds is written.
 */

const plainFields = [
  ['type', 'type'],
  ['container-title', 'container-title'],
  ['publisher', 'publisher'],
  ['publisher-place', 'publisher-place'],
  ['edition', 'edition'],
  ['volume', 'volume'],
  ['issue', 'issue'],
  ['page', 'pages'],
  ['DOI', 'doi'],
  ['ISBN', 'isbn'],
  ['URL', 'url'],
  ['language', 'language'],
] as const satisfies readonly (readonly [keyof Reference, string])[];

export const referenceProperties = ({
  citekey,
  reference,
}: ExportedCitation): Record<string, unknown> => {
  const data: Record<string, unknown> = { citekey };
  if (reference.author?.length) data.authors = reference.author.map(displayName);
  if (reference.editor?.length) data.editors = reference.editor.map(displayName);
  const year = yearOf(reference.issued);
  if (year !== null) data.year = year;
  const issued = formatIsoDate(reference.issued);
  if (issued && issued !== String(year)) data.issued = issued;
  for (const [field, property] of plainFields) {
    const value = reference[field];
    if (value) data[property] = value;
  }
  const accessed = formatIsoDate(reference.accessed);
  if (accessed) data.accessed = accessed;
  return data;
};
