import { dateProblem, formatIsoDate, parseIsoDate } from '../../../shared/citations/dates';
import { citekeyProblem } from '../../../shared/citations/citekey';
import { doiProblem, isbnProblem, urlProblem } from '../../../shared/citations/identifiers';
import {
  compactReference,
  displayName,
  type CslName,
  type Reference,
  type ReferenceType,
} from '../../../shared/citations/reference';

/*
 * The Details tab's reference form as plain strings, to and from a stored reference, and the
 * same checks the core makes (DOI, ISBN, URL, dates, citation key), for messages as you type.
 */

export const textFields = [
  ['title', 'Title'],
  ['container-title', 'Journal, book or site'],
  ['publisher', 'Publisher'],
  ['publisher-place', 'Place'],
  ['edition', 'Edition'],
  ['volume', 'Volume'],
  ['issue', 'Issue'],
  ['page', 'Pages'],
  ['DOI', 'DOI'],
  ['ISBN', 'ISBN'],
  ['URL', 'URL'],
  ['language', 'Language'],
] as const;
export type TextField = (typeof textFields)[number][0];

/** A person's row: what the user sees, and the stored name while the row is unchanged. */
export interface NameRow {
  family: string;
  given: string;
  original?: CslName;
}

export interface ReferenceFormState {
  type: ReferenceType;
  text: Record<TextField, string>;
  issued: string;
  accessed: string;
  author: NameRow[];
  editor: NameRow[];
  citekey: string;
}

export type FormField = TextField | 'issued' | 'accessed' | 'citekey';

/** Types offered first in the form, with their names. */
export const commonTypes: [ReferenceType, string][] = [
  ['article-journal', 'Journal article'],
  ['article-magazine', 'Magazine article'],
  ['article-newspaper', 'Newspaper article'],
  ['webpage', 'Web page'],
  ['post-weblog', 'Blog post'],
  ['book', 'Book'],
  ['chapter', 'Book chapter'],
  ['paper-conference', 'Conference paper'],
  ['report', 'Report'],
  ['thesis', 'Thesis'],
  ['manuscript', 'Manuscript'],
  ['document', 'Document'],
];

const familyText = (name: CslName): string =>
  name.literal ?? [name['non-dropping-particle'], name.family].filter((part) => part).join(' ');

const toRow = (name: CslName): NameRow => ({
  family: familyText(name),
  given: [name.given, name['dropping-particle']].filter((part) => part).join(' '),
  original: name,
});

export const formFromReference = (reference: Reference, citekey: string): ReferenceFormState => ({
  type: reference.type,
  text: Object.fromEntries(textFields.map(([field]) => [field, reference[field] ?? ''])) as Record<
    TextField,
    string
  >,
  issued: formatIsoDate(reference.issued),
  accessed: formatIsoDate(reference.accessed),
  author: (reference.author ?? []).map(toRow),
  editor: (reference.editor ?? []).map(toRow),
  citekey,
});

const toName = (row: NameRow): CslName => {
  if (row.original) {
    const unchanged = toRow(row.original);
    if (unchanged.family === row.family && unchanged.given === row.given) return row.original;
  }
  return row.given.trim()
    ? { family: row.family.trim(), given: row.given.trim() }
    : { literal: row.family.trim() };
};

const dateOf = (text: string) => (text.trim() ? (parseIsoDate(text) ?? undefined) : undefined);

export const referenceFromForm = (state: ReferenceFormState): Reference =>
  compactReference({
    type: state.type,
    ...Object.fromEntries(textFields.map(([field]) => [field, state.text[field]])),
    author: state.author.filter((row) => row.family.trim()).map(toName),
    editor: state.editor.filter((row) => row.family.trim()).map(toName),
    issued: dateOf(state.issued),
    accessed: dateOf(state.accessed),
  });

/** Each field's problem, as the core would word it; empty when the form can be saved. */
export const formProblems = (state: ReferenceFormState): Partial<Record<FormField, string>> => {
  const problems: Partial<Record<FormField, string>> = {};
  const check = (field: FormField, value: string, problem: (text: string) => string | null) => {
    const message = value.trim() ? problem(value) : null;
    if (message) problems[field] = message;
  };
  check('DOI', state.text.DOI, doiProblem);
  check('ISBN', state.text.ISBN, isbnProblem);
  check('URL', state.text.URL, urlProblem);
  check('issued', state.issued, dateProblem);
  check('accessed', state.accessed, dateProblem);
  const keyProblem = citekeyProblem(state.citekey.trim());
  if (keyProblem) problems.citekey = keyProblem;
  return problems;
};

/** "van der Berg, de la Cruz · 2024 · Reading Slowly": the reference at a glance. */
export const referenceSummary = (reference: Reference): string =>
  [
    (reference.author ?? reference.editor ?? []).map(displayName).join(', '),
    formatIsoDate(reference.issued).slice(0, 4),
    reference.title ?? '',
  ]
    .filter((part) => part)
    .join(' · ');
