import { describe, expect, it } from 'vitest';
import { namesFromByline } from './names';

describe('names from a byline', () => {
  it.each([
    [
      'By Jane Doe and John Smith',
      [
        ['Doe', 'Jane'],
        ['Smith', 'John'],
      ],
    ],
    ['Doe, Jane', [['Doe', 'Jane']]],
    ['van der Berg, Jan', [['Berg', 'Jan', 'van der']]],
    [
      'Jane Doe, John Smith',
      [
        ['Doe', 'Jane'],
        ['Smith', 'John'],
      ],
    ],
    [
      'Doe, Jane; Smith, John',
      [
        ['Doe', 'Jane'],
        ['Smith', 'John'],
      ],
    ],
    [
      'María de la Cruz & Jan van der Berg',
      [
        ['Cruz', 'María', 'de la'],
        ['Berg', 'Jan', 'van der'],
      ],
    ],
  ])('reads %j', (byline, expected) => {
    expect(
      namesFromByline(byline).map((name) =>
        [name.family, name.given, name['non-dropping-particle']].filter((part) => part),
      ),
    ).toEqual(expected);
  });
});
