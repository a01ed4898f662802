import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model';
import { canonicalText } from '../../shared/text';
import { blocksFromStored, storedBlocksJson } from './storedBlocks';

const blocks: Block[] = [
  { kind: 'heading', level: 2, text: 'Chapter one' },
  { kind: 'paragraph', text: 'It was a bright cold day in April.' },
  { kind: 'paragraph', text: '' },
  { kind: 'listItem', text: 'A list item, with émoji 🙂.' },
];

describe('stored blocks', () => {
  it('stores each block once, as its shape, and reads the same blocks back from the text', () => {
    const json = storedBlocksJson(blocks);
    expect(json).not.toContain('bright cold day');
    expect(blocksFromStored(json, canonicalText(blocks))).toEqual(blocks);
  });

  it('reads rows written before, whose blocks carry their text', () => {
    expect(blocksFromStored(JSON.stringify(blocks), canonicalText(blocks))).toEqual(blocks);
  });

  it('reads a document without blocks', () => {
    expect(blocksFromStored(storedBlocksJson([]), '')).toEqual([]);
  });

  it('refuses shapes that do not fit the text, saying the library may be damaged', () => {
    const json = storedBlocksJson(blocks);
    expect(() => blocksFromStored(json, canonicalText(blocks).slice(1))).toThrow(/damaged/u);
    expect(() => blocksFromStored(json, `${canonicalText(blocks)} more`)).toThrow(/damaged/u);
  });
});
