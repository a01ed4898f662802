// The README's generated figures of how Gloss is tested (issue 17): each command that proves
// something (`npm run fuzz`, `npm run check:electron`, `npm run check:a11y`) writes its own row
// of the table between the markers below, so no figure there is typed by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export const begin =
  '<!-- proof-figures:begin (written by the commands named in it; do not edit) -->';
export const end = '<!-- proof-figures:end -->';

/** The rows, in the order the table shows them: the key each command writes, and its label. */
export const rowLabels = {
  fuzz: 'Fuzz inputs tried (importers)',
  axe: 'Accessibility violations (axe, WCAG 2.2 AA)',
  electronegativity: 'Electronegativity findings (medium+, firm+)',
};

const header = ['| Proof | Figure | Command | Last run |', '| --- | --- | --- | --- |'];

const cellsOf = (line) =>
  line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((cell) => cell.trim());

/**
 * The README's text with the row `key` set to `[figure, command, date]`; the block is added
 * at the end of the section titled `How Gloss is tested` (made if missing).
 */
export const withFigure = (readme, key, cells) => {
  const label = rowLabels[key];
  if (!label) throw new Error(`No README figure named ${key}`);
  const rows = new Map();
  const start = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  if (start >= 0 && stop > start) {
    for (const line of readme.slice(start + begin.length, stop).split('\n')) {
      if (line.startsWith('|')) rows.set(cellsOf(line)[0], line.trim());
    }
  }
  const escaped = [label, ...cells].map((cell) => cell.replaceAll('|', '\\|'));
  rows.set(label, `| ${escaped.join(' | ')} |`);
  const table = Object.values(rowLabels)
    .filter((name) => rows.has(name))
    .map((name) => rows.get(name));
  const block = [begin, '', ...header, ...table, '', end].join('\n');
  if (start >= 0 && stop > start) {
    return readme.slice(0, start) + block + readme.slice(stop + end.length);
  }
  const heading = '## How Gloss is tested';
  const at = readme.indexOf(heading);
  if (at < 0) {
    const next = readme.indexOf('\n## How the code is laid out');
    const insert = `\n${heading}\n\n${block}\n`;
    return next < 0 ? `${readme}${insert}` : readme.slice(0, next) + insert + readme.slice(next);
  }
  const sectionEnd = readme.indexOf('\n## ', at + heading.length);
  const cut = sectionEnd < 0 ? readme.length : sectionEnd;
  return `${readme.slice(0, cut).trimEnd()}\n\n${block}\n${readme.slice(cut)}`;
};

/** Writes one row into README.md, formatted as `prettier --check` wants it. */
export const writeFigure = async (readmePath, key, cells) => {
  const next = withFigure(readFileSync(readmePath, 'utf8'), key, cells);
  const options = (await resolveConfig(readmePath)) ?? {};
  writeFileSync(readmePath, await format(next, { ...options, filepath: readmePath }));
};

/** Today as YYYY-MM-DD, for the table's last-run column. */
export const today = () => new Date().toISOString().slice(0, 10);
