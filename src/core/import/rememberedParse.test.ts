import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from './imported';
import { remember, takeRemembered } from './rememberedParse';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const parsed = { title: 'Field Notes', blocks: [] } as unknown as ImportedDocument;

describe('the parse kept for the update question', () => {
  it('is handed out once, for the same name and bytes only', () => {
    remember('notes.md', utf8('# Field Notes'), parsed);
    expect(takeRemembered('other.md', utf8('# Field Notes'))).toBeNull();
    expect(takeRemembered('notes.md', utf8('# Field notes'))).toBeNull();
    expect(takeRemembered('notes.md', utf8('# Field Notes'))).toBe(parsed);
    expect(takeRemembered('notes.md', utf8('# Field Notes'))).toBeNull();
  });

  it('keeps only the latest file', () => {
    remember('a.md', utf8('a'), parsed);
    remember('b.md', utf8('b'), parsed);
    expect(takeRemembered('a.md', utf8('a'))).toBeNull();
    expect(takeRemembered('b.md', utf8('b'))).toBe(parsed);
  });
});
