import { z } from 'zod';
import { cslDateSchema } from './dates';
import { citekeyProblem } from './citekey';
import { doiProblem, isbnProblem, normalizeDoi, normalizeIsbn, urlProblem } from './identifiers';

/*
 * A document's reference, in CSL-JSON terms (the format Pandoc, Zotero and citeproc read): the
 * fields below and nothing else. Stored as JSON in SQLite, edited in the Details tab, written
 * out by citation-js as BibTeX and CSL-JSON.
 */

/** The CSL 1.0.2 item types; the form offers the common ones first (see referenceTypeLabels). */
export const referenceTypes = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;
export type ReferenceType = (typeof referenceTypes)[number];

const nameText = z.string().trim().max(300);

/** A person as CSL-JSON has it: family and given names, particles apart, or one literal name. */
export const cslNameSchema = z
  .object({
    family: nameText.optional(),
    given: nameText.optional(),
    'non-dropping-particle': nameText.optional(),
    'dropping-particle': nameText.optional(),
    suffix: nameText.optional(),
    literal: nameText.optional(),
  })
  .strict();
export type CslName = z.infer<typeof cslNameSchema>;

const field = z.string().trim().max(2000).optional();
const names = z.array(cslNameSchema).max(500).optional();

/** The stored shape; anything here is valid (imports keep what they were given). */
export const referenceSchema = z
  .object({
    type: z.enum(referenceTypes),
    title: z.string().trim().max(2000).optional(),
    author: names,
    editor: names,
    issued: cslDateSchema.optional(),
    'container-title': field,
    publisher: field,
    'publisher-place': field,
    edition: field,
    volume: field,
    issue: field,
    page: field,
    DOI: field,
    ISBN: field,
    URL: field,
    accessed: cslDateSchema.optional(),
    language: field,
  })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

/**
 * What a user may save: the stored shape whose DOI, ISBN and URL are what they claim to be
 * (each message says what is wrong), normalised (no doi.org prefix, no ISBN hyphens).
 */
export const editableReferenceSchema = referenceSchema
  .superRefine((reference, context) => {
    const checks: [keyof Reference, (value: string) => string | null][] = [
      ['DOI', doiProblem],
      ['ISBN', isbnProblem],
      ['URL', urlProblem],
    ];
    for (const [key, problem] of checks) {
      const value = reference[key];
      if (typeof value !== 'string' || value === '') continue;
      const message = problem(value);
      if (message) context.addIssue({ code: 'custom', message, path: [key] });
    }
  })
  .transform((reference) => ({
    ...reference,
    ...(reference.DOI ? { DOI: normalizeDoi(reference.DOI) } : {}),
    ...(reference.ISBN ? { ISBN: normalizeIsbn(reference.ISBN) } : {}),
  }));

export const citekeySchema = z
  .string()
  .trim()
  .superRefine((key, context) => {
    const problem = citekeyProblem(key);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A document's reference and its citation key, as the contract answers them. */
export const documentReferenceSchema = z.object({
  documentId: z.string(),
  citekey: z.string(),
  reference: referenceSchema,
  updatedAt: z.string(),
});
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

/** One line, single spaces: as BibTeX reads a field (and as a form field shows it). */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Drops empty strings, empty lists and empty names, and puts each field on one line, so the
 * stored JSON holds only what is set, as BibTeX would give it back.
 */
export const compactReference = (reference: Reference): Reference => {
  const compactName = (name: CslName): CslName =>
    Object.fromEntries(
      Object.entries(name).flatMap(([key, value]) =>
        oneLine(value) === '' ? [] : [[key, oneLine(value)]],
      ),
    ) as CslName;
  const entries = Object.entries(reference).flatMap(([key, value]): [string, unknown][] => {
    if (typeof value === 'string') return oneLine(value) === '' ? [] : [[key, oneLine(value)]];
    if (value === undefined) return [];
    if (Array.isArray(value)) {
      const kept = (value as CslName[])
        .map(compactName)
        .filter((name) => Object.keys(name).length > 0);
      return kept.length ? [[key, kept]] : [];
    }
    return [[key, value]];
  });
  return Object.fromEntries(entries) as Reference;
};

/** A name as a person reads it: `María de la Cruz`, or its literal. */
export const displayName = (name: CslName): string =>
  name.literal ??
  [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .filter((part) => part)
    .join(' ');
