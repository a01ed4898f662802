import { describe, expect, it } from 'vitest';
import { checkHtmlSource, maxHtmlDepth, maxHtmlElements } from './htmlGuard';
import { checkMarkdownSource, maxMarkdownNesting, maxParagraphMarks } from './markdownGuard';

const nested = (depth: number): string => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;

describe('the HTML source guard', () => {
  it('lets real pages through: unclosed paragraphs and list items, void elements, scripts', () => {
    const page =
      '<html><body><ul>' +
      '<li>one<li>two<br><img src=x>'.repeat(5_000) +
      '</ul><script>if (a < b) document.write("<div><div><div>")</script>' +
      '<!-- <div><div> -->' +
      '<p>text'.repeat(5_000) +
      nested(60) +
      '</body></html>';
    expect(() => checkHtmlSource('page.html', page)).not.toThrow();
  });

  it('refuses nesting far past the limit, naming the file', () => {
    expect(() => checkHtmlSource('deep.html', nested(maxHtmlDepth * 5))).toThrow(
      '“deep.html” is too deeply nested to read (Gloss reads up to 128 levels).',
    );
  });

  it('refuses more elements than the limit', () => {
    expect(() => checkHtmlSource('many.html', '<br>'.repeat(maxHtmlElements + 1))).toThrow(
      /“many\.html” has too many elements to read/u,
    );
  });

  it('scans unclosed tag openings in linear time', () => {
    const start = performance.now();
    checkHtmlSource('open.html', '<a '.repeat(300_000));
    // Quadratic, this would take minutes; linear, well under the time the worker allows.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('the Markdown source guard', () => {
  it('lets real Markdown through, and any markup inside fenced code', () => {
    const markdown = [
      '# Title',
      '',
      '**Bold** and _italic_ with [a link](https://example.org). '.repeat(200),
      '',
      '```',
      '*'.repeat(10_000),
      '```',
      '',
      ...Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- item ${i}`),
      '',
      '> > > a quote three deep',
    ].join('\n');
    expect(() => checkMarkdownSource('notes.md', markdown)).not.toThrow();
  });

  it('refuses a paragraph with more emphasis runs than the limit, naming the file', () => {
    expect(() => checkMarkdownSource('em.md', '*a_'.repeat(maxParagraphMarks))).toThrow(
      '“em.md” has a paragraph with too much markup to read (more than 2,000 emphasis marks or brackets).',
    );
  });

  it('counts marks per paragraph: many short paragraphs are fine', () => {
    const markdown = Array.from({ length: 2_000 }, () => '*a* _b_ [c]').join('\n\n');
    expect(() => checkMarkdownSource('many.md', markdown)).not.toThrow();
  });

  it('refuses brackets past the limit', () => {
    expect(() => checkMarkdownSource('links.md', '[a]('.repeat(maxParagraphMarks + 1))).toThrow(
      /too much markup/u,
    );
  });

  it.each([
    ['quotes', `${'>'.repeat(maxMarkdownNesting + 1)} x`],
    ['list markers', `${'- '.repeat(maxMarkdownNesting + 1)}x`],
    [
      'indented lists',
      Array.from({ length: maxMarkdownNesting + 2 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    ],
  ])('refuses %s nested past the limit', (_what, markdown) => {
    expect(() => checkMarkdownSource('deep.md', markdown)).toThrow(
      '“deep.md” is too deeply nested to read (Gloss reads up to 64 levels).',
    );
  });
});
