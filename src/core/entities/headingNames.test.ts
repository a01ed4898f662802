import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../../shared/entities';
import { withoutHeadingOnlyNames } from './headingNames';

const spanOf = (text: string, name: string, type: NameSpan['type'], from = 0): NameSpan => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type };
};

describe('names found only in headings', () => {
  const text = [
    'South Korea’s Costly Gamble',
    'Seoul agreed to pay more, officials in South Korea said on Monday.',
  ].join('\n');

  it('are dropped, while a heading name that the body repeats is kept', () => {
    const names = [
      spanOf(text, 'South Korea', 'place'),
      spanOf(text, 'Costly Gamble', 'person'),
      spanOf(text, 'Seoul', 'place'),
      spanOf(text, 'South Korea', 'place', 40),
    ];
    const kept = withoutHeadingOnlyNames(text, names).map((span) =>
      text.slice(span.start, span.end),
    );
    expect(kept).toEqual(['South Korea', 'Seoul', 'South Korea']);
  });

  it('leaves names in running text alone', () => {
    const body = 'Costly Gamble, a trader, said the move was costly.';
    const names = [spanOf(body, 'Costly Gamble', 'person')];
    expect(withoutHeadingOnlyNames(body, names)).toEqual(names);
  });
});
