import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../../shared/entities';
import { extractEntities } from './index';
import { withCompanyTypes, withPossessiveNames } from './possessiveNames';
import { loadTimeout } from './testing';

const spansOf = (text: string, surface: string, type: NameSpan['type']): NameSpan[] => {
  const spans: NameSpan[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    spans.push({ start: at, end: at + surface.length, type });
  }
  return spans;
};

const shown = (text: string, spans: readonly NameSpan[]): string[] =>
  spans.map((span) => text.slice(span.start, span.end));

describe('names written in the possessive', () => {
  it("keeps the 's of an organisation the article never names without it", () => {
    const text = "Sotheby's said it would sell. The price was fair for Sotheby's.";
    expect(
      shown(text, withPossessiveNames(text, spansOf(text, 'Sotheby', 'organization'))),
    ).toEqual(["Sotheby's", "Sotheby's"]);
  });

  it('leaves a possessive alone: the name stands without it elsewhere, or only owns things', () => {
    const bare = "NationsBank's bid won. NationsBank said so.";
    expect(
      shown(bare, withPossessiveNames(bare, spansOf(bare, 'NationsBank', 'organization'))),
    ).toEqual(['NationsBank', 'NationsBank']);
    const owning = "Apple's new phone sold well, and Apple's shares rose.";
    expect(
      shown(owning, withPossessiveNames(owning, spansOf(owning, 'Apple', 'organization'))),
    ).toEqual(['Apple', 'Apple']);
  });

  it('changes no person or place', () => {
    const text = "Smith's was closed. Everyone went to Smith's.";
    expect(shown(text, withPossessiveNames(text, spansOf(text, 'Smith', 'person')))).toEqual([
      'Smith',
      'Smith',
    ]);
  });
});

describe('company names', () => {
  it('types a name that ends in a legal form as an organisation', () => {
    const text = 'Analysts at First Albany Corp. and Homegate Hospitality Inc said so.';
    const typed = withCompanyTypes(text, [
      ...spansOf(text, 'First Albany Corp.', 'place'),
      ...spansOf(text, 'Homegate Hospitality Inc', 'person'),
      ...spansOf(text, 'Analysts', 'misc'),
    ]);
    expect(typed.map((span) => span.type)).toEqual(['organization', 'organization', 'misc']);
  });
});

describe('through the product', () => {
  it(
    "lists an auction house by its whole name and a bank's possessive by the bank's",
    () => {
      const text = [
        "Sotheby's agrees to sell its Paris office.",
        '',
        "The auction house Sotheby's said on Friday it had agreed to sell its Paris office to a group of dealers. Analysts said the price was fair for Sotheby's.",
        "NationsBank's bid for the bank drew praise, and NationsBank said it would close the deal in October.",
      ].join('\n');
      const { mentions } = extractEntities(text);
      const organisations = mentions
        .filter((mention) => mention.type === 'organization')
        .map((mention) => text.slice(mention.start, mention.end));
      expect(organisations).toEqual([
        "Sotheby's",
        "Sotheby's",
        "Sotheby's",
        'NationsBank',
        'NationsBank',
      ]);
    },
    loadTimeout,
  );
});
