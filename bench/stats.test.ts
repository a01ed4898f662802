import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './stats';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
  });

  it('takes the nearest-rank p95', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBe(5);
    expect(percentile([7], 95)).toBe(7);
  });

  it('summarises unsorted samples without changing them', () => {
    const samples = [5, 1, 3];
    expect(summarise(samples)).toEqual({ runs: 3, median: 3, p95: 5, min: 1, max: 5 });
    expect(samples).toEqual([5, 1, 3]);
  });

  it('refuses to summarise nothing', () => {
    expect(() => summarise([])).toThrow(/no samples/);
  });
});
