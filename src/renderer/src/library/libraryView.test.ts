import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import {
  formatBadge,
  countParts,
  filterDocuments,
  loadSortKey,
  saveSortKey,
  sortDocuments,
} from './libraryView';

const doc = (id: string, patch: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title: id,
  source: 'Pasted text',
  addedAt: '2025-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 10,
  highlightCount: 0,
  noteCount: 0,
  entityCount: null,
  ...patch,
});

const library = [
  doc('a', { title: 'banana 10', addedAt: '2025-03-03T00:00:00Z', openedAt: null }),
  doc('b', { title: 'Apple', addedAt: '2025-03-01T00:00:00Z', openedAt: '2025-04-01T00:00:00Z' }),
  doc('c', {
    title: 'banana 9',
    addedAt: '2025-03-02T00:00:00Z',
    openedAt: '2025-04-02T00:00:00Z',
  }),
  doc('d', { title: 'Cherry', addedAt: '2025-03-04T00:00:00Z', openedAt: null }),
];
const titles = (documents: readonly DocumentSummary[]) => documents.map((d) => d.title);

describe('library view', () => {
  it('sorts by title ignoring case, numbers in numeric order', () => {
    expect(titles(sortDocuments(library, 'title'))).toEqual([
      'Apple',
      'banana 9',
      'banana 10',
      'Cherry',
    ]);
  });

  it('sorts by date added, newest first', () => {
    expect(titles(sortDocuments(library, 'added'))).toEqual([
      'Cherry',
      'banana 10',
      'banana 9',
      'Apple',
    ]);
  });

  it('sorts by last opened, never-opened documents last', () => {
    expect(titles(sortDocuments(library, 'opened'))).toEqual([
      'banana 9',
      'Apple',
      'Cherry',
      'banana 10',
    ]);
  });

  it('filters by every word in the title or source, ignoring case and accents', () => {
    const withSource = [...library, doc('e', { title: 'Notes', source: 'Café Review.html' })];
    expect(titles(filterDocuments(withSource, 'BANANA'))).toEqual(['banana 10', 'banana 9']);
    expect(titles(filterDocuments(withSource, 'cafe review'))).toEqual(['Notes']);
    expect(titles(filterDocuments(withSource, 'banana cafe'))).toEqual([]);
    expect(filterDocuments(withSource, '  ')).toHaveLength(5);
  });

  it('counts highlights, notes and entities in words', () => {
    expect(countParts(doc('x', { highlightCount: 1, noteCount: 0, entityCount: 12 }))).toEqual([
      '1 highlight',
      '0 notes',
      '12 entities',
    ]);
    expect(countParts(doc('x', { highlightCount: 3, noteCount: 1 }))).toEqual([
      '3 highlights',
      '1 note',
    ]);
  });

  it('remembers the sort, falling back to date added', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(loadSortKey(storage)).toBe('added');
    saveSortKey(storage, 'opened');
    expect(loadSortKey(storage)).toBe('opened');
    store.set('gloss.library.sort', 'nonsense');
    expect(loadSortKey(storage)).toBe('added');
    expect(loadSortKey(undefined)).toBe('added');
  });
});

describe('formatBadge', () => {
  it('names a book’s format and its pages or chapters, and nothing for other documents', () => {
    expect(formatBadge(doc('a', { format: 'pdf', pageCount: 12 }))).toEqual({
      format: 'PDF',
      extent: '12 pages',
    });
    expect(formatBadge(doc('b', { format: 'epub', chapterCount: 1 }))).toEqual({
      format: 'EPUB',
      extent: '1 chapter',
    });
    expect(formatBadge(doc('c', { format: 'html' }))).toBeNull();
    expect(formatBadge(doc('d'))).toBeNull();
  });
});
