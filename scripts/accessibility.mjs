// `npm run check:a11y`: the accessibility spec (e2e/accessibility.spec.ts: axe-core at WCAG 2.2
// AA on every screen, light and dark; focus order and focus rings; live regions by role) on
// the built app in browser mode, then its figure in README.md's "How Gloss is tested" table,
// counted from the spec's results (test-results/accessibility/<theme>.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { today, writeFigure } from './readme-figures.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results', 'accessibility');
const themes = ['light', 'dark'];
const bin = (name) => join(root, 'node_modules', '.bin', name);

for (const theme of themes) rmSync(join(results, `${theme}.json`), { force: true });
const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  bin('playwright'),
  ['test', 'e2e/accessibility.spec.ts', '--project', 'browser', '--workers=1'],
  { cwd: root, stdio: 'inherit' },
);

const audits = themes
  .map((theme) => join(results, `${theme}.json`))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')));
if (audits.length !== themes.length) {
  console.error('The accessibility spec did not finish both themes: no figure written.');
  process.exit(1);
}
const screens = audits.reduce((sum, audit) => sum + audit.screens.length, 0);
const violations = audits.reduce(
  (sum, audit) =>
    sum + audit.screens.reduce((count, screen) => count + screen.violations.length, 0),
  0,
);
const perTheme = audits[0].screens.length;
console.log(`axe: ${violations} violations on ${screens} screens (${perTheme} per theme).`);
await writeFigure(join(root, 'README.md'), 'axe', [
  `${violations} violations on ${perTheme} screens × light and dark (${audits[0].tags.join(', ')}); focus order, focus rings and live regions checked`,
  '`npm run check:a11y` (also in the e2e suite)',
  today(),
]);
console.log('README.md: accessibility figure written.');
process.exitCode = run.status ?? 1;
