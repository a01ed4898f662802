import { describe, expect, it } from 'vitest';
import { citePages } from '../../../shared/pages';
import { canonicalText } from '../../../shared/text';
import { parsePdf } from './parsePdf';
import { buildEncryptedPdf, buildPdf, pageSize, type FixtureLine } from './testing';

const column = (x: number, top: number, texts: string[]): FixtureLine[] =>
  texts.map((text, index) => ({ text, x, top: top + index * 12 }));

const runningHead = (page: number): FixtureLine[] => [
  { text: 'Journal of Careful Reading 12 (2024)', x: 200, top: 36, size: 8 },
  { text: String(page), x: 300, top: 760, size: 9 },
];

/** Two pages of a two-column paper, written so every rule of reflow is exercised. */
const paper = () =>
  buildPdf(
    [
      {
        lines: [
          ...runningHead(1),
          { text: 'Reading in Columns', x: 150, top: 80, size: 22, bold: true },
          { text: '1 Introduction', x: 72, top: 130, size: 10, bold: true },
          ...column(72, 146, [
            'The left column comes first and its',
            'words are read before any on the',
            'right. Scholars want infor-',
            'mation that is well-known, and a',
            'well-',
            'known phrase keeps its hyphen.',
          ]),
          ...column(318, 146, [
            'The right column follows the left',
            'one. Cases of COVID-',
            '19 keep theirs too, as the num-',
            'ber shows, and this paragraph',
            'runs on to the next page where',
          ]),
        ],
      },
      {
        lines: [
          ...runningHead(2),
          ...column(72, 80, [
            'it ends after crossing the break.',
            'Still on the left of page two.',
            'More words on the left side.',
            'And a last line on the left.',
          ]),
          ...column(318, 80, [
            'Right side of page two begins.',
            'Its second line is here now.',
            'A third line on the right side.',
            'And the final line of it all.',
          ]),
        ],
      },
    ],
    { title: 'Reading in Columns', author: 'Ada Reader' },
  );

describe('parsePdf', () => {
  it('reads two columns in order, rejoins hyphenated words, drops running heads and page numbers', async () => {
    const doc = await parsePdf('paper.pdf', await paper());
    const text = canonicalText(doc.blocks);
    expect(doc.title).toBe('Reading in Columns');
    expect(doc.byline).toBe('Ada Reader');
    expect(doc.publishedAt).toBe('2024-03-01T12:00:00.000Z');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 3, text: '1 Introduction' });
    expect(text).not.toMatch(/Journal of Careful Reading/u);
    expect(text).not.toMatch(/\n\n[12]\n\n|\b2 Still/u);
    expect(text).toContain('Scholars want information that is well-known, and a well-known phrase');
    expect(text).toContain('Cases of COVID-19 keep theirs too, as the number shows');
    // Left column, then right, then across the page break into page two's left column.
    const order = [
      'The left column',
      'The right column',
      'runs on to the next page where it ends',
      'Still on the left',
      'Right side of page two',
    ];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('knows the page of every character', async () => {
    const doc = await parsePdf('paper.pdf', await paper());
    const text = canonicalText(doc.blocks);
    expect(doc.pageCount).toBe(2);
    expect(doc.pages?.map((page) => page.label)).toEqual(['1', '2']);
    const on = (phrase: string) => {
      const start = text.indexOf(phrase);
      return citePages(doc.pages, start, start + phrase.length);
    };
    expect(on('The left column')).toBe('p. 1');
    expect(on('Right side of page two')).toBe('p. 2');
    expect(on('the next page where it ends')).toBe('pp. 1–2');
    expect(text.slice(doc.pages?.[1]?.start)).toMatch(/^it ends after crossing/u);
  });

  it('uses the printed page labels and the outline where the text sets no headings apart', async () => {
    const plain = (words: string) => column(72, 100, [`${words} one.`, `${words} two.`]);
    const bytes = await buildPdf(
      [
        { lines: plain('Front matter') },
        { lines: plain('Body text') },
        { lines: plain('More body') },
      ],
      {
        pageLabels: ['iv', '12', '13'],
        outline: [
          { title: 'Preface', page: 1 },
          { title: 'Chapter One', page: 2 },
        ],
      },
    );
    const doc = await parsePdf('book.pdf', bytes);
    expect(doc.pages?.map((page) => page.label)).toEqual(['iv', '12', '13']);
    expect(
      doc.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    ).toEqual(['Chapter One']);
    expect(doc.title).toBe('Preface');
    expect(doc.toc?.map((entry) => entry.title)).toEqual(['Preface', 'Chapter One']);
    const text = canonicalText(doc.blocks);
    const start = text.indexOf('More body one');
    expect(citePages(doc.pages, start, start + 4)).toBe('p. 13');
  });

  it('reads a rotated page, and counts an image-only page without text of its own', async () => {
    const bytes = await buildPdf([
      { lines: [], image: true },
      {
        lines: column(72, 100, ['Text on a page turned sideways.', 'A second line of it.']),
        rotate: 90,
      },
    ]);
    const doc = await parsePdf('mixed.pdf', bytes);
    expect(canonicalText(doc.blocks)).toContain('A second line of it.');
    expect(doc.pageCount).toBe(2);
    expect(citePages(doc.pages, 0, 4)).toBe('p. 2');
  });

  it('refuses a scan, a password-protected file and a damaged one, naming the file', async () => {
    const scan = await buildPdf([
      { lines: [], image: true },
      { lines: [], image: true },
    ]);
    await expect(parsePdf('scan.pdf', scan)).rejects.toThrow(
      '“scan.pdf”: this looks like a scan: it has no text to read.',
    );
    await expect(
      parsePdf('locked.pdf', buildEncryptedPdf('secret', 'Hidden words')),
    ).rejects.toThrow(/“locked\.pdf”: it is protected by a password/u);
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    await expect(parsePdf('broken.pdf', broken)).rejects.toThrow(/“broken\.pdf”: it is damaged/u);
  });

  it('builds an honest encrypted fixture: the right password opens it', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({
      data: buildEncryptedPdf('secret', 'Hidden words'),
      password: 'secret',
    }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe(
      'Hidden words',
    );
    expect(pageSize.width).toBe(612);
  });
});
