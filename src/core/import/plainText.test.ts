import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/result';
import { canonicalText } from '../../shared/text';
import { parsePlainText } from './plainText';

const bundled = fs.readFileSync(
  path.resolve(__dirname, '../../../resources/000_dff1b5ee7486004a.txt'),
  'utf8',
);

const texts = (text: string): string[] => parsePlainText(text).blocks.map((block) => block.text);

const errorOf = (run: () => unknown): GlossError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};

describe('parsePlainText on the bundled article', () => {
  const parsed = parsePlainText(bundled);

  it('derives the title from the first sentence', () => {
    expect(parsed.title).toBe(
      'Former U.S. President Donald Trump has reintroduced defense cost-sharing into ongoing ' +
        'tariff talks with key Asian allies',
    );
  });

  it('finds exactly the five section headings, in order', () => {
    const headings = parsed.blocks.filter((block) => block.kind === 'heading');
    expect(headings.map((block) => block.text)).toEqual([
      'Pushback from Asian Allies',
      'Trump’s Pressure Tactics Raise Concerns',
      'South Korea’s Costly Gamble',
      "Japan's Strategic Importance",
      'Growing Nuclear Debate in Seoul',
    ]);
    expect(headings.every((block) => block.level === 2)).toBe(true);
  });

  it('starts with the first paragraph and keeps every body paragraph', () => {
    const first = parsed.blocks[0];
    expect(first?.kind).toBe('paragraph');
    expect(first?.text.startsWith('Former U.S. President Donald Trump has reintroduced')).toBe(
      true,
    );
    // The file has 11 body lines between/after the headings (16 blocks with the 5 headings).
    expect(parsed.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(11);
    expect(parsed.blocks).toHaveLength(16);
    expect(parsed.blocks.at(-1)?.text).toMatch(/^Trump’s pressure campaign .* capabilities\.$/u);
  });

  it('drops the trailing web-page leftovers', () => {
    const all = canonicalText(parsed.blocks);
    expect(all).not.toContain('Read More');
    expect(parsed.blocks.some((block) => block.text === 'Share')).toBe(false);
  });

  it('keeps every other character verbatim', () => {
    const lines = bundled.split('\n').filter((line) => line.trim() !== '');
    const kept = lines.slice(0, -2);
    expect(parsed.blocks.map((block) => block.text)).toEqual(kept);
    expect(canonicalText(parsed.blocks)).toContain('“Trump sees alliances in economic terms,”');
  });
});

describe('normalisation', () => {
  it('strips a BOM, unifies line breaks and trims trailing whitespace', () => {
    const text = '\uFEFFFirst paragraph here.  \r\nSecond one, with “quotes”.\t\rThird — done.\r\n';
    expect(texts(text)).toEqual([
      'First paragraph here.',
      'Second one, with “quotes”.',
      'Third — done.',
    ]);
  });

  it('keeps tabs and unusual characters inside lines', () => {
    expect(texts('Tab\there… and ‘single’ quotes, café.')).toEqual([
      'Tab\there… and ‘single’ quotes, café.',
    ]);
  });
});

describe('paragraphs', () => {
  it('joins hard-wrapped paragraphs separated by blank lines', () => {
    const text = [
      'It was a dark and stormy night; the rain fell in',
      'torrents, except at occasional intervals, when it',
      'was checked by a violent gust of wind.',
      '',
      '   Which swept up the streets (for it is in London',
      'that our scene lies).',
    ].join('\n');
    expect(texts(text)).toEqual([
      'It was a dark and stormy night; the rain fell in torrents, except at occasional ' +
        'intervals, when it was checked by a violent gust of wind.',
      'Which swept up the streets (for it is in London that our scene lies).',
    ]);
  });

  it('keeps short one-line paragraphs apart when each ends a sentence', () => {
    expect(texts('“Hello,” she said.\n“Hi.”\nThey walked on.')).toEqual([
      '“Hello,” she said.',
      '“Hi.”',
      'They walked on.',
    ]);
  });

  it('keeps short paragraphs and headings apart in one-per-line text', () => {
    const parsed = parsePlainText('A short intro.\nA Heading\nMore text follows here.');
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'A short intro.' },
      { kind: 'heading', level: 2, text: 'A Heading' },
      { kind: 'paragraph', text: 'More text follows here.' },
    ]);
  });

  it('starts a new block at each list marker in wrapped text', () => {
    expect(
      texts('Intro text that wraps\nonto a second line:\n- apples and\n  pears\n- plums'),
    ).toEqual(['Intro text that wraps onto a second line:', '- apples and pears', '- plums']);
  });
});

describe('headings', () => {
  const kinds = (text: string): string[] =>
    parsePlainText(text, { title: 'T' }).blocks.map((block) => `${block.kind}:${block.text}`);

  it('needs body text after the heading', () => {
    expect(kinds('Body text comes first.\nNot A Heading At The End')).toEqual([
      'paragraph:Body text comes first.',
      'paragraph:Not A Heading At The End',
    ]);
  });

  it('rejects lines that end with punctuation, run long or start lower-case', () => {
    const body = 'Some body text follows here.';
    for (const line of [
      'Ends with a colon:',
      'Ends with a comma,',
      'lower case start',
      'One two three four five six seven eight nine ten eleven twelve thirteen',
    ]) {
      expect(kinds(`${line}\n\n${body}`)[0]).toBe(`paragraph:${line}`);
    }
  });

  it('accepts headings that start with a digit or a quote', () => {
    expect(kinds('2024 In Review\nBody text.\n“Quoted” Heading\nMore body.')).toEqual([
      'heading:2024 In Review',
      'paragraph:Body text.',
      'heading:“Quoted” Heading',
      'paragraph:More body.',
    ]);
  });
});

describe('titles', () => {
  it('uses the given title and keeps a first heading that differs', () => {
    const parsed = parsePlainText('Intro\nBody text here.', { title: '  My Title ' });
    expect(parsed.title).toBe('My Title');
    expect(parsed.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Intro' });
  });

  it('drops a first heading that repeats the given title', () => {
    const parsed = parsePlainText('My Title\nBody text here.', { title: 'my title' });
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'Body text here.' }]);
  });

  it('takes a heading-like first line as the title', () => {
    const parsed = parsePlainText('The Long Goodbye\n\nIt was about eleven o’clock.');
    expect(parsed.title).toBe('The Long Goodbye');
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'It was about eleven o’clock.' }]);
  });

  it('derives a short title from the first sentence without its period', () => {
    expect(parsePlainText('Dr. J. Smith met Mr. Jones in the U.S. today. Then left.').title).toBe(
      'Dr. J. Smith met Mr. Jones in the U.S. today',
    );
    expect(parsePlainText('Is this it? Yes.').title).toBe('Is this it?');
    expect(parsePlainText('Just one line').title).toBe('Just one line');
  });

  it('cuts a long first sentence at a word boundary when no clause break is in reach', () => {
    const sentence =
      'This remarkably long opening sentence keeps going without any commas or semicolons at ' +
      'all until it finally ends here.';
    const title = parsePlainText(sentence).title;
    expect(title).toBe(
      'This remarkably long opening sentence keeps going without any commas or semicolons at all…',
    );
    expect(title.length).toBeLessThanOrEqual(91);
  });

  it('cuts at the last clause break within 120 characters', () => {
    const sentence =
      'Officials in three capitals met on Monday to discuss the proposal — which many had ' +
      'doubted — and agreed, after long talks, to continue next week.';
    expect(parsePlainText(sentence).title).toBe(
      'Officials in three capitals met on Monday to discuss the proposal — which many had doubted — and agreed',
    );
  });
});

describe('leftovers', () => {
  it('removes leftover lines only at the end, while they match', () => {
    const text = [
      'Share this idea with friends is what she said.',
      'Body paragraph.',
      'Related: Another story',
      'Comments',
      'Read more about it here',
      'Also read: more',
      'Advertisement',
      'Subscribe to our newsletter',
      'Sign up now',
      'Follow us on X',
      'Share',
      '',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Share this idea with friends is what she said.',
      'Body paragraph.',
    ]);
  });

  it('keeps a leftover-looking line that is followed by body text', () => {
    expect(texts('Intro.\nAdvertisement\nThe end.')).toEqual([
      'Intro.',
      'Advertisement',
      'The end.',
    ]);
  });

  it('never empties a text made only of a leftover', () => {
    expect(texts('Share')).toEqual(['Share']);
  });
});

describe('refusals', () => {
  it('refuses empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\r\n\t \n', '\uFEFF']) {
      const error = errorOf(() => parsePlainText(text));
      expect(error.code).toBe('empty_document');
      expect(error.message).toBe('The text is empty: there is nothing to import.');
    }
  });

  it('refuses text with NUL bytes or mostly control characters', () => {
    for (const text of ['PK\u0003\u0004\u0000\u0000abc', '\u0001\u0002\u0003\u0004ab']) {
      const error = errorOf(() => parsePlainText(text));
      expect(error.code).toBe('unsupported_file');
      expect(error.message).toMatch(/^This does not look like text/u);
    }
  });
});
