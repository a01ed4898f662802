import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../annotations';
import { documentMarkdown } from './documentMarkdown';
import { blockIdFor, fileNamesFor, slugify } from './names';
import { readExportedMarkdown } from './testing';
import type { ExportedDocument, ExportedEntity } from './types';

const stamp = '2025-03-01T10:00:00.000Z';

const highlight = (id: string, exact: string, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  documentId: 'd1',
  start: 0,
  end: exact.length,
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  color: 'yellow',
  tags: [],
  status: 'anchored',
  editedFrom: null,
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});

const note = (id: string, highlightId: string | null, body: string, tags: string[] = []): Note => ({
  id,
  documentId: 'd1',
  highlightId,
  body,
  tags,
  createdAt: stamp,
  updatedAt: stamp,
});

const documentWith = (parts: Partial<ExportedDocument>): ExportedDocument => ({
  info: {
    id: 'd1',
    title: 'A [title] with #signs',
    source: 'Pasted text',
    byline: 'Ann Writer',
    siteName: null,
    publishedAt: '2025-01-02',
    addedAt: stamp,
    blocks: [{ kind: 'paragraph', text: 'x' }],
  },
  highlights: [],
  notes: [],
  extraction: null,
  mentions: [],
  links: [],
  ...parts,
});

const render = (document: ExportedDocument, entities: ExportedEntity[] = []) =>
  documentMarkdown({
    document,
    entities: new Map(entities.map((entity) => [entity.id, entity])),
    fileName: 'a-title-d1',
    exportedAt: '2025-07-01T12:00:00.000Z',
  });

describe('documentMarkdown', () => {
  it('writes any quote so that a Markdown parser reads back exactly that text', () => {
    // Paragraph text as a reader sees it: no blank lines inside (those separate blocks) and no
    // carriage returns (canonical text never has them).
    const paragraphText = fc
      .string({
        unit: fc.constantFrom(...'ab #*_[]()|>^=%$~`<&!-+.\\:1 \t\n'.split('')),
        minLength: 1,
      })
      .filter((text) => !text.includes('\n\n') && text.trim() === text && !text.includes('\n\n'));
    fc.assert(
      fc.property(paragraphText, (exact) => {
        const markdown = render(documentWith({ highlights: [highlight('h1', exact)] }));
        const [read] = readExportedMarkdown(markdown).highlights;
        expect(read?.quote).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });

  it('ends each quote with a Pandoc citation before its block id, with the PDF page if known', () => {
    const citation = {
      citekey: 'vanderberg2024reading',
      reference: {
        type: 'book' as const,
        title: 'Reading',
        author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }],
        issued: { 'date-parts': [[2024]] },
        ISBN: '9780306406157',
      },
    };
    // A PDF's page breaks: page 12 from offset 0, page 13 from offset 16.
    const base = documentWith({});
    const pdf = documentWith({
      info: {
        ...base.info,
        pages: [
          { start: 0, label: '12' },
          { start: 16, label: '13' },
        ],
      },
      citation,
      highlights: [highlight('h1', 'On page twelve.')],
    });
    expect(render(pdf)).toContain(
      `> p. 12 · yellow [@vanderberg2024reading, p. 12] ^${blockIdFor('h1')}`,
    );
    expect(readExportedMarkdown(render(pdf)).highlights[0]?.citation).toBe(
      '[@vanderberg2024reading, p. 12]',
    );
    const document = documentWith({
      citation,
      highlights: [
        highlight('h1', 'On page twelve.'),
        highlight('h2', 'Somewhere [else].', { tags: ['t'] }),
      ],
    });
    const markdown = render(document);
    expect(markdown).toContain(`> yellow · #t [@vanderberg2024reading] ^${blockIdFor('h2')}`);
    const read = readExportedMarkdown(markdown);
    expect(read.highlights.map((h) => [h.quote, h.citation, h.blockId])).toEqual([
      ['On page twelve.', '[@vanderberg2024reading]', blockIdFor('h1')],
      ['Somewhere [else].', '[@vanderberg2024reading]', blockIdFor('h2')],
    ]);
    expect(read.frontMatter).toMatchObject({
      citekey: 'vanderberg2024reading',
      authors: ['Jan van der Berg'],
      year: 2024,
      type: 'book',
      isbn: '9780306406157',
    });
    const without = documentMarkdown({
      document,
      entities: new Map(),
      fileName: 'a-title-d1',
      exportedAt: '2025-07-01T12:00:00.000Z',
      citations: false,
    });
    expect(without).not.toContain('[@');
    expect(readExportedMarkdown(without).blockIds).toEqual(read.blockIds);
  });

  it('keeps any quote and every block id readable with citations on', () => {
    const quote = fc
      .string({
        unit: fc.constantFrom(...'ab #*_[]@()|>^=%$~`<&!-+.,;\\:1 '.split('')),
        minLength: 1,
      })
      .filter((text) => text.trim() === text);
    fc.assert(
      fc.property(fc.array(quote, { minLength: 1, maxLength: 5 }), (quotes) => {
        const highlights = quotes.map((exact, index) => highlight(`h${index}`, exact));
        const markdown = render(
          documentWith({ highlights, citation: { citekey: 'k2024', reference: { type: 'book' } } }),
        );
        const read = readExportedMarkdown(markdown);
        expect(read.highlights.map((h) => [h.quote, h.citation])).toEqual(
          quotes.map((exact) => [exact, '[@k2024]']),
        );
        expect(read.blockIds).toEqual(highlights.map((h) => blockIdFor(h.id)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a quote over several blocks as several paragraphs', () => {
    const exact = '# One\n\n> Two | three';
    const read = readExportedMarkdown(
      render(documentWith({ highlights: [highlight('h1', exact)] })),
    );
    expect(read.highlights[0]?.quote).toBe(exact);
  });

  it('gives each highlight its colour, tags, note and a stable block id', () => {
    const document = documentWith({
      highlights: [
        highlight('h1', 'First', { color: 'pink', tags: ['a', 'b-c'] }),
        highlight('h2', 'Second', { color: 'green' }),
      ],
      notes: [
        note('n1', 'h1', 'A **bold** idea.\n\n```\nunclosed fence'),
        note('n2', null, 'Whole.', ['t']),
      ],
    });
    const read = readExportedMarkdown(render(document));
    expect(
      read.highlights.map(({ quote, color, tags, blockId }) => ({ quote, color, tags, blockId })),
    ).toEqual([
      { quote: 'First', color: 'pink', tags: ['a', 'b-c'], blockId: blockIdFor('h1') },
      { quote: 'Second', color: 'green', tags: [], blockId: blockIdFor('h2') },
    ]);
    // The note is Markdown (bold, not asterisks) and its unclosed fence does not swallow the rest.
    expect(read.highlights[0]?.note).toContain('A bold idea.');
    expect(read.highlights[0]?.note).toContain('unclosed fence');
    expect(read.documentNotes).toEqual([
      { text: 'Whole.\n\n#t ^' + blockIdFor('n2'), blockId: blockIdFor('n2') },
    ]);
    expect(new Set(read.blockIds).size).toBe(read.blockIds.length);
    expect(render(document)).toBe(render(document));
  });

  it('writes front matter a YAML parser reads back', () => {
    const read = readExportedMarkdown(
      render(
        documentWith({
          highlights: [highlight('h1', 'x', { tags: ['z', 'a'] })],
          notes: [note('n1', null, 'y', ['a', 'm'])],
        }),
      ),
    );
    expect(read.frontMatter).toEqual({
      title: 'A [title] with #signs',
      author: 'Ann Writer',
      source: 'Pasted text',
      published: '2025-01-02',
      added: stamp,
      exported: '2025-07-01T12:00:00.000Z',
      tags: ['a', 'm', 'z'],
      entities: [],
      gloss: { document: 'd1', format: 1 },
    });
    expect(read.title).toBe('A [title] with #signs');
  });

  it('lists visible entities with their type, mentions and the blocks of linked notes', () => {
    const entity = (id: string, canonical: string, hidden = false): ExportedEntity => ({
      id,
      type: 'person',
      canonical,
      aliases: [],
      value: null,
      hidden,
      aliasKeys: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    const document = documentWith({
      highlights: [highlight('h1', 'Ann met Bob')],
      notes: [note('n1', 'h1', 'Met.'), note('n2', null, 'About Bob.')],
      extraction: { extractor: 'x', extractedAt: stamp },
      mentions: [
        { entityId: 'e1', start: 0, end: 3, text: 'Ann' },
        { entityId: 'e2', start: 8, end: 11, text: 'Bob' },
        { entityId: 'e2', start: 20, end: 23, text: 'Bob' },
        { entityId: 'e3', start: 30, end: 33, text: 'Zed' },
      ],
      links: [
        { noteId: 'n1', entityId: 'e1', kind: 'removed' },
        { noteId: 'n1', entityId: 'e2', kind: 'auto' },
        { noteId: 'n2', entityId: 'e2', kind: 'manual' },
      ],
    });
    const read = readExportedMarkdown(
      render(document, [entity('e1', 'Ann *A*'), entity('e2', 'Bob'), entity('e3', 'Zed', true)]),
    );
    expect(read.entities).toEqual([
      {
        name: 'Bob',
        type: 'person',
        mentions: 2,
        links: [`a-title-d1#^${blockIdFor('h1')}`, `a-title-d1#^${blockIdFor('n2')}`],
      },
      { name: 'Ann *A*', type: 'person', mentions: 1, links: [] },
    ]);
    expect(read.frontMatter.entities).toEqual(['Bob', 'Ann *A*']);
  });
});

describe('names', () => {
  it('derives block ids Obsidian accepts, the same every time, distinct per id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 64 }), { minLength: 2 }),
        (ids) => {
          const blockIds = ids.map(blockIdFor);
          for (const id of blockIds) expect(id).toMatch(/^gloss-[a-z0-9-]+$/u);
          expect(new Set(blockIds).size).toBe(ids.length);
          expect(ids.map(blockIdFor)).toEqual(blockIds);
        },
      ),
    );
  });

  it('names files by title and id, unique even for equal titles, avoiding taken names', () => {
    const docs = [
      { id: '0b7c5a1e-1111-4a4a-8888-000000000001', title: 'Ça va? Notes & “Quotes”' },
      { id: '0b7c5a1e-2222-4a4a-8888-000000000002', title: 'Ça va? Notes & “Quotes”' },
    ];
    const names = fileNamesFor(docs, ['ca-va-notes-quotes-0b7c5a1e']);
    expect([...names.values()]).toEqual([
      'ca-va-notes-quotes-0b7c5a1e-111',
      'ca-va-notes-quotes-0b7c5a1e-222',
    ]);
    expect(fileNamesFor([...docs].reverse(), ['ca-va-notes-quotes-0b7c5a1e'])).toEqual(names);
    expect(slugify('???')).toBe('document');
  });
});
