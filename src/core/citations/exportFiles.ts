import type { CSL } from '@citation-js/core';
import type { ParsedInput } from '../../shared/contract';
import { citationStyleLabels, defaultCitationStyle } from '../../shared/citations/styles';
import { compareText } from '../../shared/export/order';
import type { ExportedCitation, ExportedLibrary } from '../../shared/export/types';
import type { FolderOptions } from '../export/markdownFolder';
import { formatBibtex, styledBibliography } from './citationJs';
import { cslFromReference } from './convert';

/** The names of the reference files a Markdown export writes beside the notes. */
export const referenceFileNames = { bibtex: 'references.bib', csl: 'references.json' } as const;

/** What the reference files need of a document: its citation, and its place in export order. */
export interface CitedDocument {
  id: string;
  addedAt: string;
  citation: ExportedCitation;
}

const inExportOrder = (documents: readonly CitedDocument[]): CSL[] =>
  [...new Map(documents.map((document) => [document.id, document])).values()]
    .sort((a, b) => compareText(a.addedAt, b.addedAt) || compareText(a.id, b.id))
    .map(({ citation }) => cslFromReference(citation.reference, citation.citekey));

const citedIn = (library: ExportedLibrary): CitedDocument[] =>
  library.documents.flatMap(({ info, citation }) =>
    citation ? [{ id: info.id, addedAt: info.addedAt, citation }] : [],
  );

/**
 * What a Markdown export adds for citing: references.bib (BibLaTeX) and references.json
 * (CSL-JSON), written by citation-js, for the documents whose notes are in the folder (`cited`
 * finds those of earlier partial exports still in the library), and for a whole-library export
 * index.md's bibliography in the chosen style.
 */
export const referenceFolderOptions = (
  library: ExportedLibrary,
  wholeLibrary: boolean,
  { citationStyle = defaultCitationStyle, citations = true }: ParsedInput<'export.write'>,
  cited: (documentId: string) => CitedDocument | undefined,
): FolderOptions => ({
  citations,
  bibliography: wholeLibrary
    ? {
        styleName: citationStyleLabels[citationStyle],
        entries: styledBibliography(inExportOrder(citedIn(library)), citationStyle),
      }
    : undefined,
  companions: (alsoThere) => {
    const earlier = alsoThere.flatMap((id) => cited(id) ?? []);
    const items = inExportOrder([...earlier, ...citedIn(library)]);
    return new Map([
      [referenceFileNames.bibtex, formatBibtex(items)],
      [referenceFileNames.csl, `${JSON.stringify(items, null, 2)}\n`],
    ]);
  },
});
