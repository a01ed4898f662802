import type { Reference } from '../../../shared/citations/reference';

/**
 * A book's reference from what a highlights export says: it is a book, by its authors. Kindle
 * writes authors as "Family, Given", several joined by ";"; a name in that form is split so
 * the citation key and the bibliography get the family name right.
 */
export const citationOf = (author: string | null): Partial<Reference> => {
  const names = (author ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const inverted = names.every((name) => /^[^,]+,\s*[^,]+$/u.test(name));
  if (names.length === 0 || !inverted) return { type: 'book' };
  return {
    type: 'book',
    author: names.map((name) => {
      const [family = '', given = ''] = name.split(',').map((part) => part.trim());
      return { family, given };
    }),
  };
};
