import { describe, expect, it } from 'vitest';
import { detokenizeSentence, toPlainDocument } from './detokenize';

describe('development sentences as written text', () => {
  it('joins tokens the way news is written', () => {
    const words = (text: string): string[] => text.split(' ');
    expect(detokenizeSentence(words('Japan , Syria ( Sweden ) and the U.S. .')).text).toBe(
      'Japan, Syria (Sweden) and the U.S.',
    );
    expect(detokenizeSentence(words('" We won , " Lord \'s said , ca n\'t stop .')).text).toBe(
      '"We won," Lord\'s said, can\'t stop.',
    );
    expect(detokenizeSentence(words('up 4.5 % to $ 12 in 1996-08-30 all-rounder')).text).toBe(
      'up 4.5% to $12 in 1996-08-30 all-rounder',
    );
  });

  it('keeps every gold span on its words, one sentence a line', () => {
    const document = toPlainDocument([
      { tokens: ['SOCCER', '-', 'JAPAN', 'WIN'], spans: [{ first: 2, end: 3, type: 2 }] },
      {
        tokens: ['Tim', 'Henman', '(', 'Britain', ')', 'won', '.'],
        spans: [
          { first: 0, end: 2, type: 0 },
          { first: 3, end: 4, type: 2 },
        ],
      },
    ]);
    expect(document.text).toBe('SOCCER - JAPAN WIN\nTim Henman (Britain) won.');
    expect(document.gold.map((span) => document.text.slice(span.start, span.end))).toEqual([
      'JAPAN',
      'Tim Henman',
      'Britain',
    ]);
  });
});
