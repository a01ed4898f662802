import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('keeps headings, paragraphs, quotes and list items, with inline markup flattened', () => {
    const parsed = parseMarkdown(
      [
        '# Field Notes',
        '',
        'A *slow* walk along the **river**, with [a map](https://example.com) and `tea`.',
        'The second line of the same paragraph.',
        '',
        '## Birds',
        '',
        '> Herons stand still for a long time.',
        '>',
        '> Then they strike.',
        '',
        '- kingfisher',
        '- grey heron',
        '  - young ones',
        '1. first count',
        '',
        '![an otter](otter.png) seen at dusk.',
        '',
        '```',
        'count = 3',
        '',
        'print(count)',
        '```',
        '',
        '<div onclick="alert(1)">raw html</div>',
        '',
        '---',
        '### Late <b>entry</b>',
      ].join('\n'),
    );
    expect(parsed?.title).toBe('Field Notes');
    expect(parsed?.byline).toBeNull();
    expect(parsed?.blocks).toEqual([
      {
        kind: 'paragraph',
        text:
          'A slow walk along the river, with a map and tea. ' +
          'The second line of the same paragraph.',
      },
      { kind: 'heading', level: 2, text: 'Birds' },
      { kind: 'quote', text: 'Herons stand still for a long time.' },
      { kind: 'quote', text: 'Then they strike.' },
      { kind: 'listItem', text: 'kingfisher' },
      { kind: 'listItem', text: 'grey heron' },
      { kind: 'listItem', text: 'young ones' },
      { kind: 'listItem', text: 'first count' },
      { kind: 'paragraph', text: 'an otter seen at dusk.' },
      { kind: 'paragraph', text: 'count = 3' },
      { kind: 'paragraph', text: 'print(count)' },
      { kind: 'heading', level: 3, text: 'Late entry' },
    ]);
  });

  it('takes title, author and date from YAML front matter', () => {
    const parsed = parseMarkdown(
      [
        '---',
        'title: "On Reading Slowly"',
        'author: [Ann Writer, Bo Reader]',
        'date: 2024-05-01',
        '---',
        '',
        '# On Reading Slowly',
        '',
        'Take your time.',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      title: 'On Reading Slowly',
      blocks: [{ kind: 'paragraph', text: 'Take your time.' }],
      byline: 'Ann Writer, Bo Reader',
      siteName: null,
      publishedAt: '2024-05-01',
      citation: {
        author: [
          { given: 'Ann', family: 'Writer' },
          { given: 'Bo', family: 'Reader' },
        ],
        issued: { 'date-parts': [[2024, 5, 1]] },
      },
    });
  });

  it('ignores malformed front matter and derives the title from the text', () => {
    const parsed = parseMarkdown('---\ntitle: [unclosed\n---\n\nJust a line of text. And more.');
    expect(parsed?.title).toBe('Just a line of text');
    expect(parsed?.blocks).toEqual([{ kind: 'paragraph', text: 'Just a line of text. And more.' }]);
  });

  it('answers null when there is no text, only front matter or markup', () => {
    expect(parseMarkdown('---\ntitle: Nothing\n---\n')).toBeNull();
    expect(parseMarkdown('---\n\n<!-- a comment -->\n')).toBeNull();
  });
});
