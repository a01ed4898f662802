import type Database from 'better-sqlite3';
import type { DocumentReference, Reference } from '../../shared/citations/reference';
import type { ReferenceOutputFormat } from '../../shared/citations/styles';
import type { ParsedInput } from '../../shared/contract';
import { GlossError } from '../../shared/result';
import type { Store } from '../db/store';
import { missingDocument } from '../errors';
import { formatBibtex } from './citationJs';
import { cslFromReference } from './convert';
import { createFormattedReferences } from './formatted';
import { referenceFromImport, type ImportedMetadata } from './fromImport';
import { freshCitekey } from './keys';
import { parseReferenceText } from './parse';
import { createReferencesRepository, type StoredReference } from './repository';
import { pageUrl } from './sameUrl';

export interface CitationsServiceOptions {
  now?: () => Date;
}

const answer = ({ documentId, citekey, reference, updatedAt }: StoredReference) =>
  ({ documentId, citekey, reference, updatedAt }) satisfies DocumentReference;

/**
 * References and citation keys: made at import (or on first use for older documents), edited
 * in the Details tab, pasted as BibTeX, RIS or CSL-JSON, and formatted for `gloss cite`.
 */
export const createCitationsService = (
  db: Database.Database,
  store: Store,
  { now = () => new Date() }: CitationsServiceOptions = {},
) => {
  const repository = createReferencesRepository(db);
  const formatted = createFormattedReferences(db, store);

  /** Stores the first reference of a document, with a fresh key. Call inside a write. */
  const attach = (documentId: string, metadata: ImportedMetadata): StoredReference => {
    const reference = referenceFromImport(metadata);
    const stored: StoredReference = {
      documentId,
      citekey: freshCitekey(repository, reference),
      citekeyEdited: false,
      reference,
      updatedAt: now().toISOString(),
    };
    repository.save(stored);
    return stored;
  };

  /** The document's reference, made from what its import stored if it has none yet. */
  const ensure = (documentId: string): StoredReference => {
    const existing = repository.find(documentId);
    if (existing) return existing;
    return store.write(() => {
      const raced = repository.find(documentId);
      if (raced) return raced;
      const document = store.documents.find(documentId);
      if (!document) throw missingDocument(store, documentId);
      return attach(documentId, { ...document });
    });
  };

  const checkInLibrary = (documentId: string): void => {
    if (!store.documents.findSummary(documentId)) throw missingDocument(store, documentId);
  };

  /** Saves a new reference; the key follows it unless the user chose the key. */
  const replace = (
    current: StoredReference,
    reference: Reference,
    citekey: string | undefined,
    keyFromEntry: string | null = null,
  ): StoredReference => {
    const chosen =
      citekey ?? (keyFromEntry && !holdsOther(keyFromEntry, current) ? keyFromEntry : undefined);
    if (citekey !== undefined && holdsOther(citekey, current)) {
      throw new GlossError(
        'invalid_input',
        `The citation key “${citekey}” is already used by another document; choose another.`,
      );
    }
    const next: StoredReference = {
      ...current,
      reference,
      citekey: chosen ?? current.citekey,
      citekeyEdited: chosen !== undefined || current.citekeyEdited,
      updatedAt: now().toISOString(),
    };
    repository.save(next);
    return next;
  };

  const holdsOther = (citekey: string, current: StoredReference): boolean => {
    const holder = repository.holderOf(citekey);
    return holder !== undefined && holder !== current.documentId;
  };

  return {
    attach,
    formatted,
    ensure,
    /** The oldest document outside the Trash whose reference is the page at `url`, if any. */
    documentAtUrl: (url: string): string | undefined => {
      const wanted = pageUrl(url);
      if (wanted === null) return undefined;
      return repository.urls().find((row) => pageUrl(row.url) === wanted)?.documentId;
    },

    get: (documentId: string): DocumentReference => {
      checkInLibrary(documentId);
      return answer(ensure(documentId));
    },

    update: ({
      documentId,
      reference,
      citekey,
    }: ParsedInput<'references.update'>): DocumentReference => {
      checkInLibrary(documentId);
      const current = ensure(documentId);
      return store.write(() => answer(replace(current, reference ?? current.reference, citekey)));
    },

    importText: ({ documentId, text }: ParsedInput<'references.import'>): DocumentReference => {
      checkInLibrary(documentId);
      // Parsed before anything is touched: a malformed entry changes nothing.
      const parsed = parseReferenceText(text);
      const current = ensure(documentId);
      return store.write(() =>
        answer(replace(current, parsed.reference, undefined, parsed.citekey)),
      );
    },

    format: (documentId: string, format: ReferenceOutputFormat): string => {
      checkInLibrary(documentId);
      const { reference, citekey } = ensure(documentId);
      const item = cslFromReference(reference, citekey);
      if (format === 'bibtex') return formatBibtex([item]);
      if (format === 'csl') return `${JSON.stringify([item], null, 2)}\n`;
      const entry = formatted.entries([{ documentId, item }], format).get(documentId) ?? '';
      return `${entry}\n`;
    },
  };
};

export type CitationsService = ReturnType<typeof createCitationsService>;
