import { z } from 'zod';
import {
  citekeySchema,
  documentReferenceSchema,
  editableReferenceSchema,
} from '../citations/reference';
import { referenceOutputFormats } from '../citations/styles';
import { documentId } from './fields';

/** Largest pasted reference text (one entry; abstracts can be long). */
export const maxReferenceTextChars = 200_000;

/** References and citation keys of documents. */
export const citationMethods = {
  /** A document's reference and citation key (made from its import metadata on first use). */
  'references.get': {
    input: z.object({ documentId }).strict(),
    output: documentReferenceSchema,
  },
  /**
   * Saves the reference (all its fields: what is absent is cleared) and/or the citation key.
   * A DOI, ISBN or URL that is not one, or a key taken by another document, is refused with a
   * message and nothing changes. A key given here is the user's: edits never change it again.
   */
  'references.update': {
    input: z
      .object({
        documentId,
        reference: editableReferenceSchema.optional(),
        citekey: citekeySchema.optional(),
      })
      .strict(),
    output: documentReferenceSchema,
  },
  /**
   * Parses one BibTeX, BibLaTeX, RIS or CSL-JSON entry (citation-js, no network) and makes it
   * the document's reference; the entry's key becomes the citation key when it is free. A
   * malformed entry is refused with where it failed, and nothing changes.
   */
  'references.import': {
    input: z
      .object({
        documentId,
        text: z
          .string()
          .trim()
          .min(1, 'Paste a BibTeX, RIS or CSL-JSON reference first.')
          .max(maxReferenceTextChars, 'A reference can be at most 200,000 characters.'),
      })
      .strict(),
    output: documentReferenceSchema,
  },
  /** The reference as BibTeX (BibLaTeX), CSL-JSON, or formatted in a shipped CSL style. */
  'references.format': {
    input: z.object({ documentId, format: z.enum(referenceOutputFormats) }).strict(),
    output: z.object({ text: z.string() }),
  },
} as const;
