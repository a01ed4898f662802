import type { CSL, CSLDate, CSLName } from '@citation-js/core';
import { unfoldedType } from './citationJs';
import { parseIsoDate, type CslDate } from '../../shared/citations/dates';
import {
  compactReference,
  referenceTypes,
  type CslName,
  type Reference,
  type ReferenceType,
} from '../../shared/citations/reference';

/*
 * Between citation-js's CSL items and Gloss's stored references: Gloss keeps the fields of
 * referenceSchema, as strings, and writes the citekey as the item's id and citation-key.
 */

const textFields = [
  'title',
  'container-title',
  'publisher',
  'publisher-place',
  'edition',
  'volume',
  'issue',
  'page',
  'DOI',
  'ISBN',
  'URL',
  'language',
] as const;

const nameKeys = [
  'family',
  'given',
  'non-dropping-particle',
  'dropping-particle',
  'suffix',
  'literal',
] as const;

const toName = (name: CSLName): CslName => {
  const entries = nameKeys.flatMap((key): [string, string][] => {
    const value = name[key];
    return value === undefined || String(value).trim() === '' ? [] : [[key, String(value).trim()]];
  });
  return Object.fromEntries(entries) as CslName;
};

const toDate = (date: CSLDate | undefined): CslDate | undefined => {
  if (!date) return undefined;
  const parts = date['date-parts']
    ?.map((part) => part.map(Number).filter((value) => Number.isInteger(value)))
    .filter((part) => part.length > 0);
  if (parts?.length) return { 'date-parts': parts.slice(0, 2) };
  const text = date.literal ?? date.raw;
  if (!text) return undefined;
  return parseIsoDate(text) ?? { literal: text };
};

const isReferenceType = (type: string): type is ReferenceType =>
  (referenceTypes as readonly string[]).includes(type);

/** A CSL item (from citation-js) as a Gloss reference: known fields only, all as text. */
export const referenceFromCsl = (item: CSL): Reference => {
  const texts = textFields.flatMap((key): [string, string][] => {
    const value = item[key];
    return value === undefined || value === null ? [] : [[key, String(value).trim()]];
  });
  const type = unfoldedType(item);
  return compactReference({
    type: isReferenceType(type) ? type : 'document',
    ...Object.fromEntries(texts),
    author: item.author?.map(toName),
    editor: item.editor?.map(toName),
    issued: toDate(item.issued),
    accessed: toDate(item.accessed),
  });
};

/** The CSL item citation-js writes out: the reference, keyed by its citekey. */
export const cslFromReference = (reference: Reference, citekey: string): CSL =>
  ({ ...reference, id: citekey, 'citation-key': citekey }) as CSL;
