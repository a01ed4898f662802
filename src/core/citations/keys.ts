import { baseCitekey, uniqueCitekey } from '../../shared/citations/citekey';
import type { Reference } from '../../shared/citations/reference';
import type { ReferencesRepository } from './repository';

/** A key for `reference` that no document of the library holds (compared without case). */
export const freshCitekey = (repository: ReferencesRepository, reference: Reference): string => {
  const base = baseCitekey(reference);
  const taken = repository.keysStartingWith(base);
  return uniqueCitekey(base, (key) => taken.has(key.toLowerCase()));
};

/**
 * Stores a reference that comes with its key (a library import): the key is kept when no other
 * document holds it, else the document gets a fresh one. Call inside a write.
 */
export const storeWithKey = (
  repository: ReferencesRepository,
  documentId: string,
  citation: { citekey: string; reference: Reference },
  updatedAt: string,
): void => {
  const holder = repository.holderOf(citation.citekey);
  const keep = holder === undefined || holder === documentId;
  repository.save({
    documentId,
    citekey: keep ? citation.citekey : freshCitekey(repository, citation.reference),
    citekeyEdited: keep,
    reference: citation.reference,
    updatedAt,
  });
};
