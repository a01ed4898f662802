import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/citations/reference';
import { formFromReference, formProblems, referenceFromForm } from './referenceForm';

const reference: Reference = {
  type: 'article-journal',
  title: 'Reading Slowly',
  author: [
    { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
    { literal: 'The Slow Group' },
  ],
  issued: { 'date-parts': [[2024, 3]] },
  DOI: '10.1234/slow',
};

describe('the reference form', () => {
  it('gives back the very reference it was filled from', () => {
    expect(referenceFromForm(formFromReference(reference, 'berg2024reading'))).toEqual(reference);
  });

  it('stores a changed name as typed, and drops empty rows and fields', () => {
    const state = formFromReference(reference, 'k');
    state.author[0] = { family: 'Berg', given: 'Jana' };
    state.author.push({ family: ' ', given: '' });
    state.text.DOI = '';
    expect(referenceFromForm(state)).toEqual({
      ...reference,
      author: [{ family: 'Berg', given: 'Jana' }, { literal: 'The Slow Group' }],
      DOI: undefined,
    });
  });

  it('says which fields are wrong, as the core does', () => {
    const state = formFromReference(reference, 'a key');
    state.text.DOI = '10.1/x';
    state.text.ISBN = '978-0-306-40615-8';
    state.issued = 'March 2024';
    const problems = formProblems(state);
    expect(Object.keys(problems).sort()).toEqual(['DOI', 'ISBN', 'citekey', 'issued']);
    expect(problems.ISBN).toBe(
      '“978-0-306-40615-8” is not an ISBN: its check digit is 8, it should be 7.',
    );
  });
});
