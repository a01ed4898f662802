// `npm test`: build, typecheck, lint, unit tests, the short kill soak, end-to-end tests, then one line of totals.
// Every step runs even when an earlier one failed (except e2e without a build), so one run
// shows everything that is wrong; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { e2eTotals, emptyTotals, skipsByReason, totalsLine, unitTotals } from './test-totals.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const unitReport = join(results, 'unit.json');
const e2eReport = join(results, 'e2e.json');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const steps = [
  { name: 'build', command: bin('electron-vite'), args: ['build'] },
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'] },
  {
    name: 'unit',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`],
  },
  // The short kill soak (50 kills; `npm run soak` is the long one): scripts/soak/run.ts.
  {
    name: 'soak',
    command: bin('tsx'),
    args: ['scripts/soak/run.ts', '--kills', '50', '--seed', '2026'],
    needs: 'build',
  },
  // playwright.config.ts adds the JSON reporter (test-results/e2e.json) next to the list one.
  { name: 'e2e', command: bin('playwright'), args: ['test'], needs: 'build' },
];

const run = (step, outcomes) => {
  console.log(`\n━━━ ${step.name}: ${[step.command, ...step.args].join(' ')}\n`);
  if (step.needs && outcomes.get(step.needs) !== 'passed') {
    console.log(`skipped: the ${step.needs} step failed`);
    return 'failed';
  }
  const started = Date.now();
  const child = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const outcome = child.status === 0 ? 'passed' : 'failed';
  const why = child.error ? ` (${child.error.message})` : '';
  console.log(`\n━━━ ${step.name} ${outcome} in ${seconds} s${why}`);
  return outcome;
};

const readTotals = (file, parse) => {
  if (!existsSync(file)) return null;
  try {
    return parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.log(`Could not read ${file}: ${error.message}`);
    return null;
  }
};

const describe = (label, totals) => {
  if (!totals) return console.log(`${label}: no report (the step did not finish)`);
  console.log(
    `${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  );
  for (const [reason, tests] of skipsByReason(totals.skips)) {
    console.log(`  skipped ${tests.length}, reason: ${reason}`);
    for (const test of tests) console.log(`    - ${test}`);
  }
};

mkdirSync(results, { recursive: true });
for (const stale of [unitReport, e2eReport]) rmSync(stale, { force: true });

const outcomes = new Map();
for (const step of steps) outcomes.set(step.name, run(step, outcomes));

const unit = readTotals(unitReport, unitTotals);
const e2e = readTotals(e2eReport, e2eTotals);
console.log('\n━━━ summary\n');
for (const [name, outcome] of outcomes)
  console.log(`${outcome === 'passed' ? 'ok  ' : 'FAIL'} ${name}`);
console.log('');
describe('unit', unit);
describe('e2e', e2e);
console.log(`\n${totalsLine(unit ?? emptyTotals(), e2e ?? emptyTotals())}`);

process.exitCode = [...outcomes.values()].every((outcome) => outcome === 'passed') ? 0 : 1;
