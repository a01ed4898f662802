import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, stringifyMarkdown } from './markdownSyntax';
import { plainMarkdown, plainParagraph } from './plainMarkdown';

/** Characters plain text is made of, and the ones Markdown may need escaped, mixed. */
const characters = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...'aZé9 0 1 ,.;:?\'"’“”()-–—/…·@'.split('')) },
  fc.constantFrom(...'#*_[]!&<>\\`~=+|$%^\t\n'.split(''), '1. ', '- ', '](', '!'),
);
const text = fc.array(characters, { maxLength: 12 }).map((parts) => parts.join(''));
const word = fc.constantFrom(
  'Seoul',
  'talks',
  '2024',
  'U.S.',
  'van',
  'Élan',
  'a b',
  'APA (7th edition)',
  '(n.d.)',
  '“Quoted.”',
);

const inline: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 5, arbitrary: text.map((value): PhrasingContent => ({ type: 'text', value })) },
  word.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })),
  word.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })),
  fc.constantFrom('politics', 'a_b', 'x/y').map((value) => ({ type: 'hashTag', value }) as const),
  fc.constant({ type: 'wikiLink', target: 'file#^gloss-1' } as const),
  fc.constant({ type: 'blockAnchor', id: 'gloss-2' } as const),
  fc.constant({ type: 'pandocCitation', value: '[@seoul, p. 3]' } as const),
);
const phrasing = fc.array(inline, { minLength: 1, maxLength: 5 });
const paragraph = phrasing.map((children): RootContent => ({ type: 'paragraph', children }));

const block: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  fc
    .tuple(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, phrasing)
    .map(([depth, children]): RootContent => ({ type: 'heading', depth, children })),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((paragraphs): RootContent => ({
    type: 'blockquote',
    children: paragraphs.map((children) => ({ type: 'paragraph', children })),
  })),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((items): RootContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  })),
);

const tree = fc
  .tuple(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 6 }))
  .map(([frontMatter, children]): Root => ({
    type: 'root',
    children: [
      ...(frontMatter ? [{ type: 'yaml', value: 'title: A\ntags: []' } as const] : []),
      ...children,
    ],
  }));

describe('plain Markdown', () => {
  it('is what remark writes, wherever it writes anything', () => {
    let written = 0;
    fc.assert(
      fc.property(tree, (root) => {
        const plain = plainMarkdown(root);
        if (plain === undefined) return;
        written += 1;
        expect(plain).toBe(stringifyMarkdown(root));
      }),
      { numRuns: 5_000 },
    );
    // The generated trees are plain often enough for the comparison to mean something.
    expect(written).toBeGreaterThan(200);
  });

  it('reads a one-line plain note as remark does', () => {
    let read = 0;
    fc.assert(
      fc.property(text, (body) => {
        const paragraph = plainParagraph(body);
        if (paragraph === undefined) return;
        read += 1;
        expect(parseMarkdown(body).children).toEqual([paragraph]);
      }),
      { numRuns: 3_000 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it('writes an export’s usual document', () => {
    const root: Root = {
      type: 'root',
      children: [
        { type: 'yaml', value: 'title: Seoul' },
        { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Seoul talks' }] },
        {
          type: 'blockquote',
          children: [
            { type: 'paragraph', children: [{ type: 'text', value: 'Officials met in Seoul.' }] },
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: 'yellow · ' },
                { type: 'hashTag', value: 'politics' },
                { type: 'text', value: ' ' },
                { type: 'blockAnchor', id: 'gloss-1' },
              ],
            },
          ],
        },
      ],
    };
    expect(plainMarkdown(root)).toBe(stringifyMarkdown(root));
    expect(plainMarkdown(root)).toContain('> yellow · #politics ^gloss-1');
  });

  it('writes an index’s list and bibliography', () => {
    const emphasis = (value: string): PhrasingContent => ({
      type: 'emphasis',
      children: [{ type: 'text', value }],
    });
    const root: Root = {
      type: 'root',
      children: [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              spread: false,
              children: [
                {
                  type: 'paragraph',
                  children: [
                    { type: 'wikiLink', target: 'seoul-1' },
                    { type: 'text', value: ' Seoul talks — 5 highlights, 1 note' },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'paragraph', children: [emphasis('APA (7th edition)')] },
        {
          type: 'paragraph',
          children: [emphasis('Seoul report 7'), { type: 'text', value: '. (n.d.).' }],
        },
      ],
    };
    expect(plainMarkdown(root)).toBe(stringifyMarkdown(root));
  });
});
