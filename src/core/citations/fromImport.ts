import { parseIsoDate, type CslDate } from '../../shared/citations/dates';
import {
  compactReference,
  editableReferenceSchema,
  type Reference,
} from '../../shared/citations/reference';
import { namesFromByline } from './names';

/**
 * What an importer knows about a document's reference. The four plain fields are those every
 * import has stored since release 1; `citation` holds whatever else the file itself says, in
 * CSL-JSON terms (HTML citation_* and Dublin Core meta tags, Markdown front matter; PDF Info and
 * XMP or EPUB OPF metadata plug in the same way: fill `citation`), and wins over the rest.
 */
export interface ImportedMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** Where it came from: a file name, a URL or "Pasted text". */
  source?: string;
  /** A book's language (EPUB metadata). */
  language?: string | null;
  /** What the file was: an EPUB is a book. */
  format?: string;
  citation?: Partial<Reference>;
}

/**
 * The date part of an ISO date-time or date (`2024-03-07T10:00:00Z` → 2024-03-07), also with
 * slashes as scholarly meta tags write it (`2024/03/07`).
 */
export const dateFrom = (text: string | null | undefined): CslDate | undefined => {
  const match = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?![\d])/u.exec(text ?? '');
  if (!match) return undefined;
  return (
    parseIsoDate(
      match
        .slice(1)
        .filter((part) => part !== undefined)
        .join('-'),
    ) ?? undefined
  );
};

const isWebAddress = (text: string | undefined): text is string =>
  text !== undefined && /^https?:\/\/\S+$/iu.test(text.trim());

/**
 * The reference an imported document starts with: its title, the byline's people as authors,
 * the site as container, the publication date; a web page when it came from the web. Every
 * field the file gave (`citation`) wins; a DOI, ISBN or URL that is not one is left out, so a
 * sloppy page never blocks an import.
 */
export const referenceFromImport = (metadata: ImportedMetadata): Reference => {
  const { citation = {} } = metadata;
  const derived: Reference = {
    type:
      metadata.format === 'epub'
        ? 'book'
        : metadata.siteName || isWebAddress(metadata.source)
          ? 'webpage'
          : 'document',
    title: metadata.title,
    author: namesFromByline(metadata.byline),
    issued: dateFrom(metadata.publishedAt),
    'container-title': metadata.siteName ?? undefined,
    URL: isWebAddress(metadata.source) ? metadata.source : undefined,
    language: metadata.language ?? undefined,
  };
  const merged = compactReference({ ...derived, ...dropEmpty(citation) } as Reference);
  const identifiers = (['DOI', 'ISBN', 'URL'] as const).map((key) => {
    const value = merged[key];
    if (value === undefined) return { [key]: undefined };
    const checked = editableReferenceSchema.safeParse({ type: merged.type, [key]: value });
    return { [key]: checked.success ? checked.data[key] : undefined };
  });
  return compactReference(Object.assign(merged, ...identifiers) as Reference);
};

/** The fields that hold something. */
export const dropEmpty = (citation: Partial<Reference>): Partial<Reference> =>
  Object.fromEntries(
    Object.entries(citation).filter(
      ([, value]) =>
        value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
