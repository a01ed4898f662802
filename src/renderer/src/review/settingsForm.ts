/** The list with `item` added, or removed when it was there. */
export const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((other) => other !== item) : [...list, item];

/** Tags as typed, split on spaces and commas, "#" dropped, without repeats. */
export const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,]+/u)
      .map((tag) => tag.replace(/^#+/u, ''))
      .filter((tag) => tag !== ''),
  ),
];
