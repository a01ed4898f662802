import type { ParsedInput } from '../../shared/contract';
import {
  citationStyleLabels,
  defaultCitationStyle,
  type CitationStyle,
} from '../../shared/citations/styles';
import { compareText } from '../../shared/export/order';
import type { ExportedCitation, ExportedLibrary } from '../../shared/export/types';
import type { IndexBibliography } from '../../shared/export/indexMarkdown';
import type { FolderOptions } from '../export/markdownFolder';
import { formatBibtex } from './citationJs';
import type { CitedItem, FormattedReferences } from './formatted';
import { cslFromReference } from './convert';

/** The names of the reference files a Markdown export writes beside the notes. */
export const referenceFileNames = { bibtex: 'references.bib', csl: 'references.json' } as const;

/** What the reference files need of a document: its citation, and its place in export order. */
export interface CitedDocument {
  id: string;
  addedAt: string;
  citation: ExportedCitation;
}

const inExportOrder = (documents: readonly CitedDocument[]): CitedItem[] =>
  [...new Map(documents.map((document) => [document.id, document])).values()]
    .sort((a, b) => compareText(a.addedAt, b.addedAt) || compareText(a.id, b.id))
    .map(({ id, citation }) => ({
      documentId: id,
      item: cslFromReference(citation.reference, citation.citekey),
    }));

const citedIn = (library: ExportedLibrary): CitedDocument[] =>
  library.documents.flatMap(({ info, citation }) =>
    citation ? [{ id: info.id, addedAt: info.addedAt, citation }] : [],
  );

/** index.md's bibliography, begun at once and awaited when index.md is written. */
const indexBibliography = (
  library: ExportedLibrary,
  style: CitationStyle,
  formatted: FormattedReferences,
): Promise<IndexBibliography> => {
  const bibliography = formatted
    .bibliography(inExportOrder(citedIn(library)), style)
    .then((entries) => ({ styleName: citationStyleLabels[style], entries }));
  // A failure is reported where index.md awaits it; an export stopped before then drops it.
  bibliography.catch(() => undefined);
  return bibliography;
};

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
  formatted: FormattedReferences,
): FolderOptions => ({
  citations,
  // Assembled from each reference's kept piece (one citeproc run over every reference took
  // 37 s of 10,000), in a worker thread while the export writes the documents' files.
  bibliography: wholeLibrary ? indexBibliography(library, citationStyle, formatted) : undefined,
  companions: (alsoThere) => {
    const earlier = alsoThere.flatMap((id) => cited(id) ?? []);
    const items = inExportOrder([...earlier, ...citedIn(library)]).map(({ item }) => item);
    return new Map([
      [referenceFileNames.bibtex, formatBibtex(items)],
      [referenceFileNames.csl, `${JSON.stringify(items, null, 2)}\n`],
    ]);
  },
});
