import { describe, expect, it } from 'vitest';
import type { Highlight } from '../annotations';
import { canonicalText } from '../text';
import { libraryCsv } from './csv';
import { documentMarkdown } from './documentMarkdown';
import { readWebAnnotation } from './readWebAnnotation';
import type { ExportedLibrary } from './types';
import { libraryWebAnnotation } from './webAnnotation';

const blocks = [
  { kind: 'paragraph' as const, text: 'Rivers run to the sea, and the sea' },
  { kind: 'paragraph' as const, text: 'never fills. A new page starts here.' },
];
const text = canonicalText(blocks);
const stamp = '2025-01-01T00:00:00.000Z';

const highlightOf = (
  id: string,
  exact: string,
  status: Highlight['status'] = 'anchored',
): Highlight => {
  const start = text.indexOf(exact);
  return {
    id,
    documentId: 'paper',
    start,
    end: start + exact.length,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    color: 'yellow',
    tags: [],
    status,
    editedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
};

const library: ExportedLibrary = {
  exportedAt: stamp,
  entities: [],
  documents: [
    {
      info: {
        id: 'paper',
        title: 'Rivers',
        source: 'rivers.pdf',
        byline: null,
        siteName: null,
        publishedAt: null,
        addedAt: stamp,
        blocks,
        format: 'pdf',
        pages: [
          { start: 0, label: '11' },
          { start: text.indexOf('A new page'), label: '12' },
        ],
      },
      highlights: [
        highlightOf('h1', 'Rivers run to the sea'),
        highlightOf('h2', 'the sea\n\nnever fills. A new page'),
      ],
      notes: [],
      extraction: null,
      mentions: [],
      links: [],
    },
  ],
};

describe('exports of a document with pages', () => {
  it('cite the page in Markdown, keep it in JSON and give CSV a page column', () => {
    const [document] = library.documents;
    if (!document) throw new Error('fixture');
    const markdown = documentMarkdown({
      document,
      entities: new Map(),
      fileName: 'Rivers.md',
      exportedAt: stamp,
    });
    expect(markdown).toMatch(/> Rivers run to the sea\n>\n> p\. 11 · yellow \^/u);
    expect(markdown).toMatch(/> never fills\. A new page\n>\n> pp\. 11–12 · yellow \^/u);

    const csv = libraryCsv(library).split('\r\n');
    expect(csv[0]?.endsWith(',created,citekey,citation,reference,page')).toBe(true);
    expect(csv[1]?.endsWith(',p. 11')).toBe(true);

    const json = libraryWebAnnotation(library);
    const annotations = (JSON.parse(json) as { first: { items: Record<string, unknown>[] } }).first
      .items;
    expect(annotations.map((item) => item['gloss:pages'])).toEqual([
      { first: '11', last: '11' },
      { first: '11', last: '12' },
    ]);
    expect(readWebAnnotation(json).documents[0]?.info.pages).toEqual(document.info.pages);
  });
});
