import { normalizeDoi } from '../../shared/citations/identifiers';
import type { Reference } from '../../shared/citations/reference';
import { dateFrom, dropEmpty } from './fromImport';
import { namesFrom } from './names';

/*
 * Reference data from an HTML page's head: the Highwire Press `citation_*` tags scholarly sites
 * and Google Scholar use, Dublin Core (`DC.*`), Open Graph and the canonical link. Read from the
 * parsed page (jsdom), never fetched.
 */

const metaValues = (document: Document, names: readonly string[]): string[] => {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return [...document.querySelectorAll('meta')].flatMap((meta) => {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.replace(/\s+/gu, ' ').trim();
    return wanted.has(key) && content ? [content] : [];
  });
};

const first = (document: Document, ...names: string[]): string | undefined =>
  metaValues(document, names)[0];

const pages = (document: Document): string | undefined => {
  const firstPage = first(document, 'citation_firstpage');
  const lastPage = first(document, 'citation_lastpage');
  return firstPage && lastPage ? `${firstPage}-${lastPage}` : firstPage;
};

const doiOf = (document: Document): string | undefined => {
  const direct = first(document, 'citation_doi', 'prism.doi', 'dc.identifier.doi');
  if (direct) return normalizeDoi(direct);
  const identifier = metaValues(document, ['dc.identifier']).find((value) =>
    /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//iu.test(value),
  );
  return identifier ? normalizeDoi(identifier) : undefined;
};

const typeOf = (document: Document): Reference['type'] | undefined => {
  if (first(document, 'citation_journal_title')) return 'article-journal';
  if (first(document, 'citation_conference_title')) return 'paper-conference';
  if (first(document, 'citation_dissertation_institution')) return 'thesis';
  if (first(document, 'citation_technical_report_institution')) return 'report';
  if (first(document, 'citation_isbn') && !first(document, 'citation_inbook_title')) return 'book';
  if (first(document, 'citation_inbook_title')) return 'chapter';
  const og = first(document, 'og:type');
  if (og === 'article') return 'article-newspaper';
  return undefined;
};

export const citationFromHtmlHead = (document: Document): Partial<Reference> => {
  const authors = metaValues(document, ['citation_author', 'dc.creator']);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return dropEmpty({
    type: typeOf(document),
    title: first(document, 'citation_title', 'dc.title'),
    author: authors.length ? namesFrom(authors) : undefined,
    issued: dateFrom(
      first(
        document,
        'citation_publication_date',
        'citation_date',
        'citation_online_date',
        'dc.date',
        'article:published_time',
      ),
    ),
    'container-title': first(
      document,
      'citation_journal_title',
      'citation_conference_title',
      'citation_inbook_title',
    ),
    publisher: first(
      document,
      'citation_publisher',
      'dc.publisher',
      'citation_dissertation_institution',
      'citation_technical_report_institution',
    ),
    volume: first(document, 'citation_volume', 'prism.volume'),
    issue: first(document, 'citation_issue', 'prism.number'),
    page: pages(document),
    DOI: doiOf(document),
    ISBN: first(document, 'citation_isbn'),
    URL:
      first(document, 'citation_abstract_html_url', 'citation_public_url', 'og:url') ??
      canonical ??
      undefined,
    language:
      first(document, 'citation_language', 'dc.language') ??
      (document.documentElement.getAttribute('lang') || undefined),
  });
};
