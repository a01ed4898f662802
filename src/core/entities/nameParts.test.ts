import { describe, expect, it } from 'vitest';
import type { NameSpan, NameType } from '../../shared/entities';
import { typedAsFullNames } from './nameParts';

/** Spans for `[surface, type]` pairs, each at its next occurrence in `text`. */
const spansIn = (text: string, names: Array<[string, NameType]>): NameSpan[] => {
  let from = 0;
  return names.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, type };
  });
};

const typesOf = (text: string, spans: NameSpan[]): string[] =>
  typedAsFullNames(text, spans).map((span) => `${text.slice(span.start, span.end)}:${span.type}`);

describe('short mentions of names written out in full', () => {
  it('types a surname as the person the article named in full', () => {
    const text =
      'The director Ruth Harcourt opened the festival. Harcourt said the film was her last.';
    const spans = spansIn(text, [
      ['Ruth Harcourt', 'person'],
      ['Harcourt', 'place'],
    ]);
    expect(typesOf(text, spans)).toEqual(['Ruth Harcourt:person', 'Harcourt:person']);
  });

  it("types a club's first word as the club where the tagger read a person", () => {
    const text = 'Velmora Athletic lost at home. Velmora were booed off.';
    const spans = spansIn(text, [
      ['Velmora Athletic', 'organization'],
      ['Velmora', 'person'],
    ]);
    expect(typesOf(text, spans)).toEqual(['Velmora Athletic:organization', 'Velmora:organization']);
  });

  it('leaves a place that begins an organisation name a place', () => {
    const text = 'Ostrava Steel Works cut jobs in Ostrava.';
    const spans = spansIn(text, [
      ['Ostrava Steel Works', 'organization'],
      ['Ostrava', 'place'],
    ]);
    expect(typesOf(text, spans)).toEqual(['Ostrava Steel Works:organization', 'Ostrava:place']);
  });

  it('does not read two names run together as one person', () => {
    const text = 'Talbot Dunmore plan backed. Talbot flew to Dunmore, where Dunmore voted.';
    const spans = spansIn(text, [
      ['Talbot Dunmore', 'person'],
      ['Talbot', 'person'],
      ['Dunmore', 'place'],
      ['Dunmore', 'place'],
    ]);
    expect(typesOf(text, spans).slice(2)).toEqual(['Dunmore:place', 'Dunmore:place']);
  });

  it('leaves a word that is part of both a person and an organisation undecided', () => {
    const text = 'Mara Quill founded Quill Labs. Quill grew fast.';
    const spans = spansIn(text, [
      ['Mara Quill', 'person'],
      ['Quill Labs', 'organization'],
      ['Quill', 'place'],
    ]);
    expect(typesOf(text, spans)[2]).toBe('Quill:place');
  });
});
