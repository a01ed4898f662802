import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../../shared/annotations';
import { tagProblem } from '../annotations/colors';
import {
  countText,
  documentNoteMatches,
  highlightMatches,
  noFilters,
  tagsInUse,
  toggleColor,
} from './filters';

const highlight = (over: Partial<Highlight>): Highlight => ({
  id: 'h1',
  documentId: 'd1',
  start: 0,
  end: 5,
  quote: { type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: '' },
  color: 'yellow',
  tags: [],
  status: 'anchored',
  editedFrom: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});

const note = (over: Partial<Note>): Note => ({
  id: 'n1',
  documentId: 'd1',
  highlightId: 'h1',
  body: 'A note',
  tags: [],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});

describe('note filters', () => {
  it('match every highlight when nothing is chosen', () => {
    expect(highlightMatches(noFilters, highlight({ color: 'pink' }), undefined)).toBe(true);
  });

  it('match any of the chosen colours', () => {
    const filters = toggleColor(toggleColor(noFilters, 'green'), 'blue');
    expect(highlightMatches(filters, highlight({ color: 'blue' }), undefined)).toBe(true);
    expect(highlightMatches(filters, highlight({ color: 'yellow' }), undefined)).toBe(false);
    expect(toggleColor(filters, 'green').colors).toEqual(['blue']);
  });

  it('find a tag on the highlight or on its note', () => {
    const filters = { colors: [], tag: 'policy' };
    expect(highlightMatches(filters, highlight({ tags: ['policy'] }), undefined)).toBe(true);
    expect(highlightMatches(filters, highlight({}), note({ tags: ['policy'] }))).toBe(true);
    expect(highlightMatches(filters, highlight({ tags: ['trade'] }), undefined)).toBe(false);
  });

  it('hide document notes under a colour filter, which they cannot match', () => {
    const documentNote = note({ highlightId: null, tags: ['x'] });
    expect(documentNoteMatches(noFilters, documentNote)).toBe(true);
    expect(documentNoteMatches({ colors: ['yellow'], tag: null }, documentNote)).toBe(false);
    expect(documentNoteMatches({ colors: [], tag: 'x' }, documentNote)).toBe(true);
  });

  it('list the tags in use once each, sorted', () => {
    const tags = tagsInUse([highlight({ tags: ['b', 'a'] })], [note({ tags: ['a', 'c'] })]);
    expect(tags).toEqual(['a', 'b', 'c']);
  });

  it('count what is shown out of what there is', () => {
    const all = { highlights: 12, notes: 3 };
    expect(countText(all, all)).toBe('12 highlights · 3 notes');
    expect(countText({ highlights: 1, notes: 1 }, all)).toBe('1 of 12 highlights · 1 of 3 notes');
    expect(countText({ highlights: 1, notes: 0 }, { highlights: 1, notes: 0 })).toBe(
      '1 highlight · 0 notes',
    );
  });
});

describe('tagProblem', () => {
  it('accepts a new one-word tag', () => {
    expect(tagProblem(['a'], 'policy')).toBeNull();
  });

  it('explains a repeated, spaced or over-long tag in the contract’s words', () => {
    expect(tagProblem(['policy'], 'policy')).toMatch(/already/);
    expect(tagProblem([], 'two words')).toMatch(/one word/);
    expect(tagProblem([], 'x'.repeat(65))).toMatch(/64/);
    expect(
      tagProblem(
        Array.from({ length: 32 }, (_, i) => `t${i}`),
        'one-more',
      ),
    ).toMatch(/32/);
  });
});
