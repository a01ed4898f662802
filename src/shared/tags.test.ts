import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagsSchema } from './annotations';
import { tagRuleProblem, tagsRuleProblem } from './tags';

describe('tag rules', () => {
  it('say what is wrong with a tag, in the words the contract answers with', () => {
    expect(tagRuleProblem('reading')).toBeNull();
    expect(tagRuleProblem('')).toBe('A tag cannot be empty.');
    expect(tagRuleProblem('two words')).toBe('A tag is one word: no spaces, commas or "#".');
    expect(tagRuleProblem('#hash')).toBe('A tag is one word: no spaces, commas or "#".');
    expect(tagRuleProblem('x'.repeat(65))).toBe('A tag can be at most 64 characters.');
    expect(tagsRuleProblem(Array.from({ length: 33 }, (_, i) => `t${i}`))).toBe('At most 32 tags.');
  });

  it('agree with the contract schema on any list of tags', () => {
    const tag = fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('ok', 'a b', '#x', ',', ''));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 40 }), (tags) => {
        const checked = tagsSchema.safeParse(tags);
        const problem = tagsRuleProblem(tags);
        expect(problem === null).toBe(checked.success);
        if (!checked.success) expect(checked.error.issues.map((i) => i.message)).toContain(problem);
      }),
    );
  });
});
