import type { CitationStyle } from '../../shared/citations/styles';
import type { ExportedLibrary } from '../../shared/export/types';
import { cslFromReference } from './convert';
import type { FormattedReferences } from './formatted';

/**
 * Each document's reference formatted in `style` (one bibliography entry, plain text), by
 * document id, for the Citation column of an Anki export: kept ones read, the others formatted.
 */
export const formattedReferences = (
  library: ExportedLibrary,
  style: CitationStyle,
  formatted: FormattedReferences,
): Map<string, string> => {
  const cited = library.documents.flatMap(({ info, citation, highlights }) =>
    citation && highlights.length > 0
      ? [{ documentId: info.id, item: cslFromReference(citation.reference, citation.citekey) }]
      : [],
  );
  const entries = formatted.entries(cited, style);
  for (const [documentId, entry] of entries) if (!entry) entries.delete(documentId);
  return entries;
};
