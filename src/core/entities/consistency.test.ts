import { describe, expect, it } from 'vitest';
import type { NameSpan, NameType } from '../../shared/entities';
import { abbreviates, consistentNames, tidySpan } from './consistency';
import { extractEntities } from './index';
import { entityNamed, loadTimeout } from './testing';
import type { NameExtractor } from './types';

const spanOf = (text: string, surface: string, type: NameType, from = 0): NameSpan => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, type };
};

/** A name extractor that returns given spans, standing in for any other model. */
const fixed = (spans: (text: string) => NameSpan[]): NameExtractor => ({
  name: 'fixed',
  extract: spans,
});

describe('document-wide consistency', () => {
  it(
    'tidies punctuation, possessives and titles off spans',
    () => {
      const text = 'Then “President Yoon Suk Yeol’s” aides, and China, left.';
      const tidy = (surface: string, type: NameType) => {
        const span = tidySpan(text, spanOf(text, surface, type));
        return span && text.slice(span.start, span.end);
      };
      expect(tidy('“President Yoon Suk Yeol’s”', 'person')).toBe('Yoon Suk Yeol');
      expect(tidy('China,', 'place')).toBe('China');
      expect(tidy('“', 'misc')).toBeUndefined();
    },
    loadTimeout,
  );

  it('matches acronyms to long forms', () => {
    expect(abbreviates('SMA', 'Special Measures Agreement')).toBe(true);
    expect(abbreviates('BOJ', 'Bank of Japan')).toBe(true);
    expect(abbreviates('OECD', 'Organisation for Economic Co-operation and Development')).toBe(
      true,
    );
    expect(abbreviates('IMF', 'Bank of England')).toBe(false);
  });

  it('finds every mention of a name the extractor found once, and surnames of people', () => {
    const text =
      'Ana Ferreira met Ferreira’s staff. Ferreira left the Northern Grid Authority (NGA). The NGA stayed.';
    const names = consistentNames(text, [
      spanOf(text, 'Ana Ferreira', 'person'),
      spanOf(text, 'Northern Grid Authority', 'organization'),
    ]);
    expect(names.map((span) => [text.slice(span.start, span.end), span.type])).toEqual([
      ['Ana Ferreira', 'person'],
      ['Ferreira', 'person'],
      ['Ferreira', 'person'],
      ['Northern Grid Authority', 'organization'],
      ['NGA', 'organization'],
      ['NGA', 'organization'],
    ]);
  });

  it('keeps the type the extractor gave each mention, and gives missed ones the majority type', () => {
    const text = 'Detroit won. Detroit lost. The game in Detroit. Detroit again.';
    const names = consistentNames(text, [
      spanOf(text, 'Detroit', 'organization'),
      spanOf(text, 'Detroit', 'organization', 5),
      spanOf(text, 'Detroit', 'place', 30),
    ]);
    expect(names.map((span) => span.type)).toEqual([
      'organization',
      'organization',
      'place',
      'organization',
    ]);
  });
});

describe('canonical names', () => {
  it('names each surname after the full name mentioned last before it', () => {
    const text =
      'Joe Biden spoke. Then Hunter Biden spoke, and Biden left. Later Joe Biden returned and Biden smiled.';
    const spans = (source: string): NameSpan[] =>
      [...source.matchAll(/(?:Joe |Hunter )?Biden/gu)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        type: 'person',
      }));
    const result = extractEntities(text, { names: fixed(spans) });
    const biden = result.mentions.filter((mention) => mention.text === 'Biden');
    expect(biden.map((mention) => mention.canonical)).toEqual(['Hunter Biden', 'Joe Biden']);
    expect(entityNamed(result, 'person', 'Joe Biden')?.mentions).toHaveLength(3);
  });

  it('accepts any name extractor and ignores spans outside the text', () => {
    const text = 'Gloss reads Seoul.';
    const result = extractEntities(text, {
      names: fixed(() => [
        { start: 12, end: 17, type: 'place' },
        { start: 40, end: 45, type: 'place' },
        { start: 3, end: 1, type: 'person' },
      ]),
    });
    expect(result.mentions).toEqual([
      { text: 'Seoul', type: 'place', start: 12, end: 17, canonical: 'Seoul' },
    ]);
  });
});
