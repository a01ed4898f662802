/*
 * The rules of a highlight's or note's tags, without zod: the tag editor checks them as the user
 * types (the renderer does not load the contract's schemas), and the contract's schema checks
 * them at the boundary with this same function, so both say the same thing.
 */

export const maxTagLength = 64;
export const maxTags = 32;

/** Why `tag` (already trimmed) is not a valid tag, or null if it is. */
export const tagRuleProblem = (tag: string): string | null => {
  if (tag.length === 0) return 'A tag cannot be empty.';
  if (tag.length > maxTagLength) return `A tag can be at most ${maxTagLength} characters.`;
  if (!/^[^\s#,]+$/u.test(tag)) return 'A tag is one word: no spaces, commas or "#".';
  return null;
};

/** Why these tags cannot be kept together, or null if they can. */
export const tagsRuleProblem = (tags: readonly string[]): string | null => {
  for (const tag of tags) {
    const problem = tagRuleProblem(tag.trim());
    if (problem) return problem;
  }
  return tags.length > maxTags ? `At most ${maxTags} tags.` : null;
};
