import { describe, expect, it } from 'vitest';
import { anchorAll, anchorRange, type AnchorResult } from './anchor';
import { generateText } from './generatedText';
import { describeRange, type RangeSelectors } from './selectors';

const paragraphs = [
  'Gloss keeps every highlight as a pair of selectors: where it was and what it said.',
  'When a document is imported again, the reader expects those highlights to survive the ' +
    'small corrections an editor makes between two versions of an article.',
  'A highlight whose passage was cut entirely cannot be placed, so it becomes an orphan that ' +
    'the reader can see and attach again by hand.',
  'Long articles repeat phrases, and the position and surrounding words tell the copies apart.',
];
const article = paragraphs.join('\n\n');

const select = (text: string, quote: string, from = 0): RangeSelectors => {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return describeRange(text, start, start + quote.length);
};

const sliceOf = (text: string, result: AnchorResult): string | null =>
  result.status === 'orphaned' ? null : text.slice(result.start, result.end);

describe('anchorRange', () => {
  const quote = 'the small corrections an editor makes between two versions of an article';

  it('anchors at the stored position when the text is unchanged', () => {
    const selectors = select(article, quote);
    expect(anchorRange(article, selectors)).toEqual({
      status: 'anchored',
      start: selectors.position.start,
      end: selectors.position.end,
    });
  });

  it('finds a shifted quote verbatim as moved', () => {
    const selectors = select(article, quote);
    const edited = 'A new opening line.\n\n' + article;
    const result = anchorRange(edited, selectors);
    expect(result).toEqual({
      status: 'moved',
      start: selectors.position.start + 21,
      end: selectors.position.end + 21,
    });
  });

  it('finds a quote with one word changed as moved, at the right place', () => {
    const selectors = select(article, quote);
    const edited = article.replace('corrections', 'revisions');
    const result = anchorRange(edited, selectors);
    expect(result.status).toBe('moved');
    expect(sliceOf(edited, result)).toBe(quote.replace('corrections', 'revisions'));
  });

  it('finds a lightly edited quote however far the text before it has grown', () => {
    const selectors = select(article, quote);
    const edited = generateText(20_000, 3) + '\n\n' + article.replace('editor', 'author');
    const result = anchorRange(edited, selectors);
    expect(sliceOf(edited, result)).toBe(quote.replace('editor', 'author'));
  });

  it('finds a lightly edited quote far away whose context changed too (whole-text search)', () => {
    const selectors = select(article, quote);
    const moved = quote.replace('editor', 'author');
    const edited = `${generateText(20_000, 4)}\n\nUnrelated words come first, then ${moved}; done.`;
    const result = anchorRange(edited, selectors);
    expect(result.status).toBe('moved');
    expect(sliceOf(edited, result)).toBe(moved);
  });

  it('orphans a quote whose passage was deleted, and keeps no partial match', () => {
    const selectors = select(article, 'whose passage was cut entirely cannot be placed');
    const edited = [paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    expect(anchorRange(edited, selectors)).toEqual({ status: 'orphaned' });
  });

  it('orphans a quote that is mostly gone even though its context is intact', () => {
    const selectors = select(article, quote);
    const edited = article.replace(quote, 'the tiny fixes that writers apply across two drafts');
    expect(anchorRange(edited, selectors)).toEqual({ status: 'orphaned' });
  });

  it('finds a quote that moved to another paragraph', () => {
    const sentence = 'Long articles repeat phrases, and the position and surrounding words';
    const selectors = select(article, sentence);
    const reordered = [paragraphs[3], paragraphs[0], paragraphs[1], paragraphs[2]].join('\n\n');
    expect(anchorRange(reordered, selectors)).toEqual({
      status: 'moved',
      start: 0,
      end: sentence.length,
    });
    const editedToo = reordered.replace('surrounding', 'nearby');
    const result = anchorRange(editedToo, selectors);
    expect(result.status).toBe('moved');
    expect(sliceOf(editedToo, result)).toBe(sentence.replace('surrounding', 'nearby'));
  });

  it('prefers the copy whose context matches, then the nearest copy', () => {
    const text = 'red apple tree. green apple pie. blue apple tree. green apple pie.';
    const selectors = select(text, 'apple', text.indexOf('blue'));
    // Shift everything: now no copy sits at the stored position.
    const shifted = '>>' + text;
    const result = anchorRange(shifted, selectors);
    expect(result).toMatchObject({ status: 'moved', start: shifted.indexOf('blue apple') + 5 });
    // Identical context everywhere: the copy nearest the stored position wins.
    const same = 'x apple '.repeat(20);
    const middle = select(same, 'apple', 80);
    expect(anchorRange('..' + same, middle)).toMatchObject({ start: middle.position.start + 2 });
    expect(anchorRange(same.slice(3), middle)).toMatchObject({ start: middle.position.start - 3 });
  });

  it('matches quotes shorter than four units exactly or not at all', () => {
    const text = 'The cat sat on the mat, a fat cat.';
    const selectors = select(text, 'cat');
    expect(anchorRange('The cot sat on the mat.', selectors)).toEqual({ status: 'orphaned' });
    expect(anchorRange('A dog sat here; the cat left.', selectors)).toMatchObject({
      status: 'moved',
      start: 20,
    });
  });

  it('orphans selectors with an empty quote instead of matching everywhere', () => {
    const selectors = describeRange('abc', 0, 1);
    const empty = { ...selectors, quote: { ...selectors.quote, exact: '' } };
    expect(anchorRange('abc', empty)).toEqual({ status: 'orphaned' });
  });

  it('survives a stored position that is out of bounds for the new text', () => {
    const selectors = select(article, 'an orphan that the reader can see');
    const shorter = paragraphs[2] ?? '';
    expect(anchorRange(shorter, selectors)).toMatchObject({ status: 'moved' });
  });
});

describe('anchorRange with unicode text', () => {
  const text =
    'She said “we will not pay for protection” 😤 and left.\n\n' +
    'The reply was blunt: “alliances are not a business” 🤝, said the minister’s aide.';

  it('anchors and re-anchors quotes holding emoji and curly quotes', () => {
    const quote = '“alliances are not a business” 🤝';
    const selectors = select(text, quote);
    expect(anchorRange(text, selectors)).toMatchObject({ status: 'anchored' });
    const shifted = '🎉🎉 ' + text;
    const result = anchorRange(shifted, selectors);
    expect(result).toEqual({
      status: 'moved',
      start: selectors.position.start + 5,
      end: selectors.position.end + 5,
    });
  });

  it('finds a quote whose curly quotes were straightened', () => {
    const quote = 'The reply was blunt: “alliances are not a business”';
    const selectors = select(text, quote);
    const straight = text.replace(/[“”]/g, '"');
    const result = anchorRange(straight, selectors);
    expect(result.status).toBe('moved');
    expect(sliceOf(straight, result)).toBe(quote.replace(/[“”]/g, '"'));
  });

  it('never returns half of an emoji at the edges of a fuzzy match', () => {
    const quote = '🤝, said the minister’s aide';
    const selectors = select(text, quote);
    const edited = text.replace('🤝, said', '👍, said').replace('aide', 'aides');
    const result = anchorRange(edited, selectors);
    expect(result.status).toBe('moved');
    if (result.status === 'orphaned') return;
    const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
    expect(isLow(edited.charCodeAt(result.start))).toBe(false);
    expect(isLow(edited.charCodeAt(result.end))).toBe(false);
    expect(edited.slice(result.start, result.end)).toBe('👍, said the minister’s aides');
  });
});

describe('anchorAll', () => {
  const text = generateText(50_000, 9);
  const starts = [100, 5_000, 12_345, 30_000, 49_000];
  const items = starts.map((start) => describeRange(text, start, start + 80));

  it('anchors every highlight of an unchanged text, in order', () => {
    expect(anchorAll(text, items)).toEqual(
      items.map(({ position }) => ({
        status: 'anchored',
        start: position.start,
        end: position.end,
      })),
    );
  });

  it('gives the same answers as anchorRange one by one', () => {
    const third = items[2]?.quote.exact ?? '';
    const edited =
      generateText(8_000, 2) +
      text.replace(third, third.replace(/ \w+ /, ' reconsidered ')).slice(0, 40_000);
    const together = anchorAll(edited, items);
    expect(together).toEqual(items.map((item) => anchorRange(edited, item)));
    expect(together.map((result) => result.status)).toEqual([
      'moved',
      'moved',
      'moved',
      'moved',
      'orphaned',
    ]);
  });
});
