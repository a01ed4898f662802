import type { CitationStyle } from '../../shared/citations/styles';
import type { ExportedLibrary } from '../../shared/export/types';
import { formatBibliography } from './citationJs';
import { cslFromReference } from './convert';

/**
 * Each document's reference formatted in `style` (one bibliography entry, plain text), by
 * document id, for the Citation column of an Anki export.
 */
export const formattedReferences = (
  library: ExportedLibrary,
  style: CitationStyle,
): Map<string, string> =>
  new Map(
    library.documents.flatMap(({ info, citation, highlights }) => {
      if (!citation || highlights.length === 0) return [];
      const [entry] = formatBibliography(
        [cslFromReference(citation.reference, citation.citekey)],
        style,
      );
      return entry ? [[info.id, entry] as const] : [];
    }),
  );
