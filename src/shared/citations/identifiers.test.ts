import { describe, expect, it } from 'vitest';
import { dateProblem, formatIsoDate, parseIsoDate } from './dates';
import { doiProblem, isbnProblem, normalizeDoi, normalizeIsbn, urlProblem } from './identifiers';

describe('reference field checks', () => {
  it('takes DOIs with or without a resolver, and says what a DOI looks like', () => {
    expect(doiProblem('10.1234/abc.5')).toBeNull();
    expect(doiProblem('https://doi.org/10.1000/xyz(1)')).toBeNull();
    expect(normalizeDoi(' doi:10.1000/x ')).toBe('10.1000/x');
    expect(doiProblem('10.12/x')).toBe(
      '“10.12/x” is not a DOI: a DOI looks like 10.1234/abc.5 (10., a registrant number, a slash, then the item’s own part).',
    );
    expect(doiProblem('not a doi')).not.toBeNull();
  });

  it('checks ISBN-10 and ISBN-13 check digits', () => {
    expect(isbnProblem('978-0-306-40615-7')).toBeNull();
    expect(isbnProblem('0-306-40615-2')).toBeNull();
    expect(isbnProblem('080442957X')).toBeNull();
    expect(normalizeIsbn('ISBN 978 0 306 40615 7')).toBe('9780306406157');
    expect(isbnProblem('978-0-306-40615-8')).toBe(
      '“978-0-306-40615-8” is not an ISBN: its check digit is 8, it should be 7.',
    );
    expect(isbnProblem('12345')).toContain('an ISBN has 10 digits');
  });

  it('wants web addresses to be http(s)', () => {
    expect(urlProblem('https://example.org/a')).toBeNull();
    expect(urlProblem('javascript:alert(1)')).toContain('is not a web address');
    expect(urlProblem('example.org')).toContain('is not a web address');
  });

  it('reads and writes dates as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(parseIsoDate('2024')).toEqual({ 'date-parts': [[2024]] });
    expect(parseIsoDate('2024-02-29')).toEqual({ 'date-parts': [[2024, 2, 29]] });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13')).toBeNull();
    expect(dateProblem('March 2024')).toContain('write it as a year (2024)');
    expect(formatIsoDate({ 'date-parts': [[2024, 3, 7]] })).toBe('2024-03-07');
    expect(formatIsoDate({ literal: 'forthcoming' })).toBe('forthcoming');
  });
});
