/**
 * Lines that web pages leave at the end of copied article text: share buttons, "Read more"
 * teasers, newsletter prompts. They are only recognised at the very end of a text, where a real
 * paragraph is unlikely to look like them, and only up to this length.
 */
const maxLeftoverLength = 200;

const leftoverPatterns: readonly RegExp[] = [
  /^share(\s*:|\s+(this|on|via)\b.*)?$/iu,
  /^read (more|also|next)\b.*$/iu,
  /^also read\b.*$/iu,
  /^related(\s+(articles?|stories|posts|reading|content|coverage|links))?\s*(:.*)?$/iu,
  /^advertisements?$/iu,
  /^subscribe\b.*$/iu,
  /^sign up\b.*$/iu,
  /^follow us\b.*$/iu,
  /^comments?(\s*\(\d+\))?$/iu,
];

export const isLeftoverLine = (line: string): boolean => {
  const text = line.trim();
  return text.length <= maxLeftoverLength && leftoverPatterns.some((pattern) => pattern.test(text));
};

/**
 * Removes leftover lines (and the blank lines around them) from the end, stopping at the first
 * line that is not one. The first non-blank line always stays, so a text is never emptied.
 */
export const stripTrailingLeftovers = (lines: readonly string[]): string[] => {
  const kept = [...lines];
  const firstContent = kept.findIndex((line) => line.trim() !== '');
  for (let last = kept.length - 1; last > firstContent; last -= 1) {
    const line = kept[last] ?? '';
    if (line.trim() !== '' && !isLeftoverLine(line)) break;
    kept.length = last;
  }
  return kept;
};
