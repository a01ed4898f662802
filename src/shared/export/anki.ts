import { pandocCitation } from '../citations/pandoc';
import { highlightPages } from './pages';
import type { ExportedLibrary } from './types';

/*
 * Highlights as an Anki deck: a tab-separated text file with the headers Anki's text import
 * reads (Anki 2.1.55 and later), one note per highlight. The first column is a GUID made from
 * the highlight's id, so importing a newer export into Anki updates the notes instead of
 * adding them again.
 */

export const ankiColumns = ['Gloss id', 'Quote', 'Note', 'Source', 'Citation', 'Tags'] as const;

/** The file's first lines; a file starting with them is a Gloss Anki export (ownFiles.ts). */
export const ankiHeader = [
  '#separator:tab',
  '#html:true',
  '#guid column:1',
  `#tags column:${ankiColumns.length}`,
  `#columns:${ankiColumns.join('\t')}`,
]
  .map((line) => `${line}\n`)
  .join('');

/**
 * A field for `#html:true`: markup characters as entities, so quoted text shows as written and
 * never as HTML; tabs as an entity and line breaks as `<br>`, so no field ends a column or a
 * row; quotes as an entity, so Anki never reads a field as CSV-quoted.
 */
export const ankiField = (text: string): string =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/\t/gu, '&#9;')
    .replace(/\r\n|\r|\n/gu, '<br>');

export interface AnkiOptions {
  /** Each document's formatted reference (APA or Chicago), by document id, where it has one. */
  formatted?: ReadonlyMap<string, string>;
  /** False leaves the Citation column empty. */
  citations?: boolean;
}

/** One note per highlight, documents in export order, highlights in reading order. */
export const libraryAnki = (
  library: ExportedLibrary,
  { formatted = new Map(), citations = true }: AnkiOptions = {},
): string => {
  const rows: string[] = [];
  for (const { info, highlights, notes, citation } of library.documents) {
    const noteOf = new Map(notes.flatMap((n) => (n.highlightId ? [[n.highlightId, n]] : [])));
    const reference = formatted.get(info.id);
    for (const highlight of highlights) {
      const note = noteOf.get(highlight.id);
      const pages = highlightPages(info, highlight);
      const source = [info.title, info.byline].filter(Boolean).join(' — ');
      const cite = citation && citations ? pandocCitation(citation.citekey, pages) : '';
      const tags = [...new Set([...highlight.tags, ...(note?.tags ?? [])])];
      rows.push(
        [
          `gloss-${highlight.id}`,
          ankiField(highlight.quote.exact),
          ankiField(note?.body ?? ''),
          ankiField(pages ? `${source}, ${pages}` : source),
          [cite, citations ? reference : undefined]
            .filter(Boolean)
            .map((part) => ankiField(part ?? ''))
            .join('<br>'),
          // Anki splits tags at spaces; Gloss tags hold none, nor tabs or line breaks.
          tags.join(' '),
        ].join('\t'),
      );
    }
  }
  return ankiHeader + rows.map((row) => `${row}\n`).join('');
};
