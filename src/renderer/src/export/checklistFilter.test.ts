import { describe, expect, it } from 'vitest';
import { summary } from '../../../shared/contract/testing';
import { matchingDocuments } from './checklistFilter';

const doc = (id: string, title: string, source = 'Pasted text') => ({
  ...summary,
  id,
  title,
  source,
});

describe('matchingDocuments', () => {
  const library = [
    doc('a', 'Harbour report', 'harbour.html'),
    doc('b', 'Market prices', 'Pasted text'),
    doc('c', 'The Harbour at Night', 'night.epub'),
  ];

  it('keeps every document for an empty filter, as the same list', () => {
    expect(matchingDocuments(library, '  ')).toBe(library);
  });

  it('matches every word, in title or source, without regard to case, in library order', () => {
    expect(matchingDocuments(library, 'HARBOUR').map((item) => item.id)).toEqual(['a', 'c']);
    expect(matchingDocuments(library, 'harbour epub').map((item) => item.id)).toEqual(['c']);
    expect(matchingDocuments(library, 'pasted prices').map((item) => item.id)).toEqual(['b']);
    expect(matchingDocuments(library, 'harbour market')).toEqual([]);
  });
});
