import { beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from './index';
import { entityNamed, loadTimeout, occurrences, testText } from './testing';
import type { ExtractResult } from './types';

/*
 * A second news text, written for these tests, with other hard cases: a headline and a dateline
 * in capitals, acronyms defined both ways round, titles that are not "President", a possessive
 * country, "US" and "Britain", money in pounds and yen, percentage points, relative dates.
 */
describe('entities of a central-banking report', () => {
  let text = '';
  let result: ExtractResult;
  beforeAll(() => {
    text = testText('central-banks.txt');
    result = extractEntities(text, { documentDate: '2024-04-04' });
  }, loadTimeout);

  const has = (type: Parameters<typeof entityNamed>[1], canonical: string) =>
    entityNamed(result, type, canonical);

  it('finds the people, without their titles, under their full names', () => {
    expect(has('person', 'Christine Lagarde')?.mentions.map((m) => m.text)).toEqual([
      'Lagarde',
      'Christine Lagarde',
      'Lagarde',
    ]);
    expect(has('person', 'Jerome Powell')?.aliases).toEqual(['Powell']);
    expect(has('person', 'Andrew Bailey')).toBeDefined();
    expect(has('person', 'Sophie Martens')).toBeDefined();
  });

  it('joins acronyms to their long forms, whichever comes first', () => {
    expect(has('organization', 'European Central Bank')?.mentions).toHaveLength(
      occurrences(text, 'ECB').length + 1,
    );
    expect(has('organization', 'Bank of Japan')?.aliases).toEqual(['BOJ']);
    expect(has('organization', 'International Monetary Fund')?.aliases).toEqual(['IMF']);
    for (const name of [
      'Bank of England',
      'Federal Reserve',
      'Brookings Institution',
      'Goldman Sachs',
      'UK Treasury',
    ]) {
      expect(has('organization', name), name).toBeDefined();
    }
  });

  it('finds places under one name whatever the spelling', () => {
    expect(has('place', 'Frankfurt')?.aliases).toEqual(['FRANKFURT']);
    expect(has('place', 'United Kingdom')?.aliases).toEqual(['Britain']);
    expect(has('place', 'United States')?.aliases).toEqual(['US']);
    for (const name of [
      'Germany',
      'London',
      'Washington',
      'Tokyo',
      'China',
      'India',
      'Indonesia',
      'Brazil',
      'Amsterdam',
    ]) {
      expect(has('place', name), name).toBeDefined();
    }
    expect(has('misc', 'Italian')).toBeDefined();
    expect(has('misc', 'Spanish')).toBeDefined();
  });

  it('normalises money, percentages, dates and counts', () => {
    expect(has('money', '£87.3 billion')?.value).toBe('87300000000 GBP');
    expect(has('money', '¥1.2 trillion')?.value).toBe('1200000000000 JPY');
    expect(has('percent', '4 per cent')?.value).toBe('4');
    expect(has('percent', '0.25 percentage points')?.value).toBe('0.25');
    expect(has('percent', '5.25%')?.value).toBe('5.25');
    expect(has('date', 'Thursday')?.value).toBe('2024-04-04');
    expect(has('date', 'June 6')?.value).toBe('2024-06-06');
    expect(has('date', 'April 11, 2024')?.value).toBe('2024-04-11');
    expect(has('date', 'September 2021')?.value).toBe('2021-09');
    expect(has('date', 'March')?.mentions).toHaveLength(2);
    expect(has('quantity', '303,000 jobs')?.value).toBe('303000');
    expect(has('quantity', '2,400 staff')?.value).toBe('2400');
  });

  it('takes headline words only when they are names', () => {
    const names = result.entities.map((entity) => entity.canonical);
    for (const word of [
      'Holds Rates',
      'Warns',
      'Slower Growth',
      'Related',
      'Oil Prices Climb',
      'Extends Output Cuts',
      'Analysts',
      'Governor',
    ]) {
      expect(names).not.toContain(word);
    }
    expect(has('organization', 'OPEC')).toBeDefined();
    expect(has('person', 'Christine Lagarde')?.mentions[0]?.start).toBe(text.indexOf('Lagarde'));
  });
});
