import { describe, expect, it } from 'vitest';
import { loadTimeout } from '../testing';
import { normaliseDate } from './dates';
import { extractValues } from './index';
import { currencyOfWord } from './money';
import { parseAmount, shiftDecimal } from './numbers';

describe('numbers', () => {
  it.each([
    ['50,000', '50000'],
    ['1.47 billion', '1470000000'],
    ['2.5bn', '2500000000'],
    ['3m', '3000000'],
    ['0.25', '0.25'],
    ['1.2345 thousand', '1234.5'],
    ['twenty-five', '25'],
    ['three hundred', '300'],
    ['a million', '1000000'],
  ])('reads %s as %s', (written, value) => expect(parseAmount(written)).toBe(value));

  it('shifts decimals exactly, with no floating-point noise', () => {
    expect(shiftDecimal('1.47', 9)).toBe('1470000000');
    expect(shiftDecimal('0.001', 3)).toBe('1');
    expect(shiftDecimal('007', 0)).toBe('7');
  });

  it('knows currencies by word, code and demonym', () => {
    expect(currencyOfWord('dollars')).toBe('USD');
    expect(currencyOfWord('dollars', 'Australian')).toBe('AUD');
    expect(currencyOfWord('won')).toBe('KRW');
    expect(currencyOfWord('EUR')).toBe('EUR');
    expect(currencyOfWord('apples')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['June 3', undefined, '--06-03'],
    ['June 3', '2025-04-07', '2025-06-03'],
    ['December 28', '2025-01-02', '2024-12-28'],
    ['3 June 2025', undefined, '2025-06-03'],
    ['June 3, 2025', undefined, '2025-06-03'],
    ['Jan. 5', '2025-04-10', '2025-01-05'],
    ['March 2027', undefined, '2027-03'],
    ['until March 2027', undefined, '2027-03'],
    ['2020', undefined, '2020'],
    ['early 2026', undefined, '2026'],
    ['2024-05-06', undefined, '2024-05-06'],
    ['5/6/2024', undefined, '2024-05-06'],
    ['25/12/2024', undefined, '2024-12-25'],
    ['from 2019 to 2021', undefined, '2019/2021'],
    ['Tuesday', '2025-04-10', '2025-04-08'],
    ['Tuesday', undefined, undefined],
    ['yesterday', '2025-03-01', '2025-02-28'],
    ['last year', '2025-03-01', '2024'],
    ['last week', '2025-04-10', '2025-W14'],
    ['the 1990s', undefined, undefined],
    ['February 30, 2024', undefined, undefined],
  ])('%s (document date %s) is %s', (written, documentDate, value) => {
    expect(normaliseDate(written, documentDate)).toBe(value);
  });
});

describe('extractValues', () => {
  const text =
    'Revenue hit €2.5bn and A$3m., up 8.3 percent, while 1.2 trillion won and 500 Australian dollars ' +
    'moved. About 50,000 and 28,500 U.S. troops stayed; two soldiers and 12 people left. ' +
    'A five-year deal was signed on 3 June 2025, three months later. It ran 1,200 km. Number 10.';
  const values = () => extractValues(text);

  it(
    'normalises money in symbols, words and scales',
    () => {
      const money = values().filter((mention) => mention.type === 'money');
      expect(money.map((mention) => [mention.text, mention.value])).toEqual([
        ['€2.5bn', '2500000000 EUR'],
        ['A$3m', '3000000 AUD'],
        ['1.2 trillion won', '1200000000000 KRW'],
        ['500 Australian dollars', '500 AUD'],
      ]);
    },
    loadTimeout,
  );

  it('lists counts of things, not small numbers in words, durations or bare numbers', () => {
    const quantities = values().filter((mention) => mention.type === 'quantity');
    expect(quantities.map((mention) => [mention.text, mention.canonical, mention.value])).toEqual([
      ['50,000', '50,000 troops', '50000'],
      ['28,500', '28,500 troops', '28500'],
      ['12', '12 people', '12'],
      ['1,200', '1,200 km', '1200'],
    ]);
  });

  it('gives offsets into the text and percentages as numbers', () => {
    for (const mention of values())
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(values().find((mention) => mention.type === 'percent')?.value).toBe('8.3');
    expect(values().find((mention) => mention.type === 'date')?.value).toBe('2025-06-03');
  });
});
