import { describe, expect, it } from 'vitest';
import { begin, end, withFigure } from './readme-figures.mjs';

const readme = '# Gloss\n\nIntro.\n\n## Security\n\nSafe.\n\n## How the code is laid out\n\nMap.\n';

describe("the README's generated test figures", () => {
  it('adds the section and the block before the code layout when neither exists', () => {
    const next = withFigure(readme, 'fuzz', ['1,000 inputs', '`npm run fuzz`', '2026-12-07']);
    expect(next).toContain(`## How Gloss is tested\n\n${begin}`);
    expect(next.indexOf(end)).toBeLessThan(next.indexOf('## How the code is laid out'));
    expect(next).toContain('| Fuzz inputs tried (importers) | 1,000 inputs | `npm run fuzz` |');
  });

  it('replaces its own row and keeps the others and the rows written by hand', () => {
    const withSoak = readme.replace(
      '## How the code',
      '## How Gloss is tested\n\n| Kills survived | 500 |\n\n## How the code',
    );
    let next = withFigure(withSoak, 'electronegativity', ['0', '`npm run check:electron`', 'a']);
    next = withFigure(next, 'fuzz', ['10 inputs', '`npm run fuzz`', 'b']);
    next = withFigure(next, 'fuzz', ['20 inputs', '`npm run fuzz`', 'c']);
    expect(next).toContain('| Kills survived | 500 |');
    expect(next).not.toContain('10 inputs');
    // Rows in their fixed order, whatever order the commands ran in.
    expect(next.indexOf('20 inputs')).toBeLessThan(next.indexOf('Electronegativity'));
    expect(next.split(begin)).toHaveLength(2);
  });

  it('refuses a figure it does not know', () => {
    expect(() => withFigure(readme, 'kills', ['1', '2', '3'])).toThrow('No README figure');
  });
});
