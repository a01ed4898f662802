import type { DocumentSummary } from '../../../shared/model';

/** The documents whose title or source holds every word of `filter`, in the library's order. */
export const matchingDocuments = (
  documents: readonly DocumentSummary[],
  filter: string,
): readonly DocumentSummary[] => {
  const words = filter.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return documents;
  return documents.filter((doc) => {
    const haystack = `${doc.title}\n${doc.source}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
};
