import type { CSL } from '@citation-js/core';
import type { ParsedInput } from '../../shared/contract';
import { citationStyleLabels, defaultCitationStyle } from '../../shared/citations/styles';
import type { ExportedLibrary } from '../../shared/export/types';
import type { FolderOptions } from '../export/markdownFolder';
import { formatBibliography, formatBibtex } from './citationJs';
import { cslFromReference } from './convert';

/** The names of the reference files a Markdown export writes beside the notes. */
export const referenceFileNames = { bibtex: 'references.bib', csl: 'references.json' } as const;

/** The exported documents' references as CSL items, in export order. */
export const exportedItems = (library: ExportedLibrary): CSL[] =>
  library.documents.flatMap(({ citation }) =>
    citation ? [cslFromReference(citation.reference, citation.citekey)] : [],
  );

/**
 * What a Markdown export adds for citing: references.bib (BibLaTeX) and references.json
 * (CSL-JSON) for the exported documents, written by citation-js, and for a whole-library export
 * index.md's bibliography in the chosen style.
 */
export const referenceFiles = (
  library: ExportedLibrary,
  wholeLibrary: boolean,
  { citationStyle = defaultCitationStyle, citations = true }: ParsedInput<'export.write'>,
): FolderOptions => {
  const items = exportedItems(library);
  const companions = new Map([
    [referenceFileNames.bibtex, formatBibtex(items)],
    [referenceFileNames.csl, `${JSON.stringify(items, null, 2)}\n`],
  ]);
  const bibliography = wholeLibrary
    ? {
        styleName: citationStyleLabels[citationStyle],
        entries: formatBibliography(items, citationStyle),
      }
    : undefined;
  return { citations, bibliography, companions };
};
