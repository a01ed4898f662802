import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

const markedText = ({ text, marks }: { text: string; marks: [number, number][] }): string[] =>
  marks.map(([start, end]) => text.slice(start, end));

describe('snippetAround', () => {
  const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

  it('cuts at word boundaries with ellipses, keeping the marks on the matched text', () => {
    const start = words.indexOf('word30');
    const snippet = snippetAround(words, [[start, start + 6]], [start, start + 6]);
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(150);
    expect(markedText(snippet)).toEqual(['word30']);
    expect(snippet.text.split(' ').every((word) => /^…?word\d+…?$/.test(word))).toBe(true);
  });

  it('shows block breaks as a dot, squeezes spaces and marks every match in view', () => {
    const text = 'Trade\n\n  talks   stall; trade resumes.';
    const at = text.indexOf('trade');
    const snippet = snippetAround(
      text,
      [
        [0, 5],
        [at, at + 5],
      ],
      [0, 5],
    );
    expect(snippet.text).toBe('Trade · talks stall; trade resumes.');
    expect(markedText(snippet)).toEqual(['Trade', 'trade']);
  });

  it('never starts or ends on a block break', () => {
    // Twelve characters around "Second" start two before it: inside the block break.
    const text = 'Firstblockwithoutanyspaces.\n\nSecond block here.';
    const at = text.indexOf('Second');
    const snippet = snippetAround(text, [[at, at + 6]], [at, at + 6], 12);
    expect(snippet.text).toBe('…Second block…');
    expect(markedText(snippet)).toEqual(['Second']);
  });
});
