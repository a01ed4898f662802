const words = (
  'the reader keeps notes on alliances trade tariffs troops budgets elections treaties ports ' +
  'ministers analysts markets shipping agreements talks officials security pressure costs'
).split(' ');

/** A deterministic pseudo-random sequence, so every run imports the very same text. */
const lcg = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);

export const endMarker = 'This closing paragraph marks the end of the generated document.';

/**
 * About `targetChars` of plain text shaped like an article: a heading every eight paragraphs,
 * paragraphs of a few sentences, and a recognisable last paragraph.
 */
export const generateArticle = (targetChars: number): string => {
  const next = lcg(42);
  const sentence = (): string => {
    const length = 8 + (next() % 14);
    const body = Array.from({ length }, () => words[next() % words.length]).join(' ');
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  const lines: string[] = [];
  let size = 0;
  const add = (line: string): void => {
    lines.push(line);
    size += line.length + 1;
  };
  for (let paragraph = 0; size < targetChars; paragraph += 1) {
    if (paragraph % 8 === 0) add(`Section ${paragraph / 8 + 1} of the Long Report`);
    add(Array.from({ length: 3 + (next() % 4) }, sentence).join(' '));
  }
  lines.push(endMarker);
  return lines.join('\n');
};
