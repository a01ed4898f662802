import { describe, expect, it } from 'vitest';
import { maxTextFileBytes, readTextFile, reportText } from './readTextFile';

describe('readTextFile', () => {
  it('reads a .txt or .md file as text', async () => {
    const file = new File(['New text'], 'article.md', { type: '' });
    expect(await readTextFile(file)).toEqual({ text: 'New text' });
  });

  it('refuses a file over 10 MB without reading it', async () => {
    const file = new File([new Uint8Array(maxTextFileBytes + 1)], 'big.txt', {
      type: 'text/plain',
    });
    expect(await readTextFile(file)).toEqual({ problem: expect.stringMatching(/10 MB/) });
  });

  it('refuses what is not text', async () => {
    const pdf = new File(['%PDF'], 'paper.pdf', { type: 'application/pdf' });
    expect(await readTextFile(pdf)).toEqual({ problem: expect.stringMatching(/not a text file/) });
    const binary = new File([new Uint8Array([0, 1, 2, 0])], 'odd.txt', { type: 'text/plain' });
    expect(await readTextFile(binary)).toEqual({ problem: expect.stringMatching(/does not read/) });
  });
});

describe('reportText', () => {
  it('says what happened to the highlights', () => {
    expect(reportText({ anchored: 14, moved: 2, orphaned: 1 })).toBe(
      'The text was replaced: 14 highlights kept in place, 2 moved, 1 orphaned.',
    );
    expect(reportText({ anchored: 0, moved: 0, orphaned: 0 })).toMatch(/no highlights/);
  });
});
