/**
 * The citation styles Gloss ships (offline): APA comes with citation-js's CSL plugin, the
 * others are CSL files in resources/csl named `<style>.csl`.
 */
export const citationStyles = ['apa', 'chicago-author-date'] as const;
export type CitationStyle = (typeof citationStyles)[number];

export const citationStyleLabels: Record<CitationStyle, string> = {
  apa: 'APA (7th edition)',
  'chicago-author-date': 'Chicago (author-date)',
};

export const defaultCitationStyle: CitationStyle = 'apa';

/** What `gloss cite --format` and references.format print: BibTeX, CSL-JSON or a style. */
export const referenceOutputFormats = ['bibtex', 'csl', ...citationStyles] as const;
export type ReferenceOutputFormat = (typeof referenceOutputFormats)[number];
