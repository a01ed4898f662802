import { describe, expect, it } from 'vitest';
import type { DocEntity } from '../../../shared/entities';
import { entityLabel, formatValue, groupEntities, matchesFilter, plainExcerpt } from './format';

const entity = (patch: Partial<DocEntity> & Pick<DocEntity, 'id' | 'canonical'>): DocEntity => ({
  type: 'person',
  aliases: [],
  value: null,
  hidden: false,
  mentionCount: 1,
  documentCount: 1,
  noteCount: 0,
  ...patch,
});

describe('formatValue', () => {
  it('shows amounts, percentages and quantities with grouped digits', () => {
    expect(formatValue('money', '1470000000 USD')).toBe('1,470,000,000 USD');
    expect(formatValue('money', '12.5 EUR')).toBe('12.5 EUR');
    expect(formatValue('percent', '8.3')).toBe('8.3 %');
    expect(formatValue('quantity', '50000')).toBe('50,000');
    expect(formatValue('quantity', '999')).toBe('999');
  });

  it('keeps dates as the core gives them and shows no value for names', () => {
    expect(formatValue('date', '2027-03')).toBe('2027-03');
    expect(formatValue('person', 'x')).toBeNull();
    expect(formatValue('money', null)).toBeNull();
  });
});

describe('entityLabel', () => {
  it('begins with the canonical name and ends with the count', () => {
    expect(entityLabel(entity({ id: 'a', canonical: 'Donald Trump', mentionCount: 7 }))).toBe(
      'Donald Trump, 7 mentions',
    );
    expect(
      entityLabel(
        entity({ id: 'b', canonical: '$1.47 billion', type: 'money', value: '1470000000 USD' }),
      ),
    ).toBe('$1.47 billion, 1,470,000,000 USD, 1 mention');
  });
});

describe('groupEntities', () => {
  const list = [
    entity({ id: 'j', canonical: 'Japan', type: 'place', mentionCount: 5 }),
    entity({ id: 't', canonical: 'Donald Trump', mentionCount: 7 }),
    entity({ id: 'b', canonical: 'Joe Biden', mentionCount: 2, aliases: ['Biden'] }),
    entity({ id: 'c', canonical: 'Choi Sang-mok', mentionCount: 2 }),
    entity({ id: 'h', canonical: 'Trump Tower', type: 'place', hidden: true }),
  ];

  it('orders groups by type and items by count, then name; hidden ones apart', () => {
    const { groups, hidden } = groupEntities(list, '');
    expect(groups.map((group) => group.label)).toEqual(['People', 'Places']);
    expect(groups[0]?.entities.map((item) => item.id)).toEqual(['t', 'c', 'b']);
    expect(hidden.map((item) => item.id)).toEqual(['h']);
  });

  it('filters by name or alias, ignoring case and accents', () => {
    expect(matchesFilter(entity({ id: 'x', canonical: 'Zürich' }), 'zur')).toBe(true);
    const { groups, hidden } = groupEntities(list, 'BIDEN');
    expect(groups.flatMap((group) => group.entities.map((item) => item.id))).toEqual(['b']);
    expect(hidden).toEqual([]);
  });
});

describe('plainExcerpt', () => {
  it('keeps the words of a Markdown note and drops its markup', () => {
    expect(plainExcerpt('Policy by **social media post**: cost-sharing.')).toBe(
      'Policy by social media post: cost-sharing.',
    );
    expect(plainExcerpt('# Title\n\n- one\n- *two*\n\nSee [the text](x).')).toBe(
      'Title one two See the text.',
    );
    expect(plainExcerpt('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
