import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../e2e/support/paths';
import { growthRows, maxGrowth, type GrowthRow } from './growth';
import { scenarios as everyday } from './scenarios/index';
import { scaleScenarios } from './scenarios/scale';
import { summarise, type Summary } from './stats';

/** Targets per metric id ("<scenario>/<metric>"), in milliseconds. */
type Budgets = Record<string, { median?: number; p95?: number; note?: string }>;

interface MetricResult extends Summary {
  id: string;
  budget: { median?: number; p95?: number } | null;
  /** null when the metric has no budget. */
  pass: boolean | null;
}

const benchDir = join(repoRoot, 'bench');
const budgets = JSON.parse(readFileSync(join(benchDir, 'budgets.json'), 'utf8')) as Budgets;

const judge = (id: string, summary: Summary): MetricResult => {
  const budget = budgets[id];
  if (!budget) return { id, ...summary, budget: null, pass: null };
  const pass =
    (budget.median === undefined || summary.median <= budget.median) &&
    (budget.p95 === undefined || summary.p95 <= budget.p95);
  return { id, ...summary, budget: { median: budget.median, p95: budget.p95 }, pass };
};

const ms = (value: number | undefined): string =>
  value === undefined ? '' : value >= 100 ? value.toFixed(0) : value.toFixed(2);

const budgetText = (budget: MetricResult['budget']): string => {
  if (!budget) return '—';
  const median = budget.median === undefined ? [] : [`≤${budget.median}`];
  const p95 = budget.p95 === undefined ? [] : [`p95≤${budget.p95}`];
  return [...median, ...p95].join(' ');
};

const printTable = (rows: MetricResult[]): void => {
  const header = ['metric', 'runs', 'median ms', 'p95 ms', 'budget ms', 'result'];
  const body = rows.map((row) => [
    row.id,
    String(row.runs),
    ms(row.median),
    ms(row.p95),
    budgetText(row.budget),
    row.pass === null ? '—' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((cells) => cells[i]?.length ?? 0)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const cells of body) console.log(line(cells));
};

const printGrowth = (rows: GrowthRow[]): void => {
  if (!rows.length) return;
  console.log(`\nGrowth from 1,000 to 10,000 documents (medians; at most ${maxGrowth}x):`);
  const width = Math.max(...rows.map((row) => row.metric.length));
  console.log(
    `${'metric'.padEnd(width)}  ${'1k'.padStart(9)}  ${'10k'.padStart(9)}  growth  result`,
  );
  for (const row of rows) {
    const cells = [ms(row.small).padStart(9), ms(row.large).padStart(9)];
    const growth = `${row.growth.toFixed(1)}x`.padStart(6);
    console.log(
      `${row.metric.padEnd(width)}  ${cells.join('  ')}  ${growth}  ${row.pass ? 'pass' : 'FAIL'}`,
    );
  }
};

/**
 * Runs the scenarios named in `args` (all everyday ones when none); `--scale` runs the scale
 * scenarios instead (libraries of 1,000 and 10,000 documents, minutes each) and prints how each
 * figure grew. Returns the process exit code.
 */
export const main = async (args: string[]): Promise<number> => {
  const scale = args.includes('--scale');
  const scenarios = scale ? scaleScenarios : everyday;
  const only = args.filter((arg) => arg !== '--scale');
  const chosen = only.length ? scenarios.filter((s) => only.includes(s.name)) : scenarios;
  const unknown = only.filter((name) => !scenarios.some((s) => s.name === name));
  if (unknown.length) {
    console.error(
      `Unknown scenario(s): ${unknown.join(', ')}. Known: ${scenarios.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const rows: MetricResult[] = [];
  const failures: string[] = [];
  for (const scenario of chosen) {
    console.log(`▶ ${scenario.name}: ${scenario.description}`);
    const started = performance.now();
    try {
      const samples = await scenario.measure();
      for (const [metric, values] of Object.entries(samples)) {
        rows.push(judge(`${scenario.name}/${metric}`, summarise(values)));
      }
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${scenario.name}: ${message}`);
      console.error(`  failed: ${message}`);
    }
  }
  printTable(rows);
  const growth = scale ? growthRows(rows, 'scale-1k', 'scale-10k') : [];
  printGrowth(growth);
  const tooFast = growth
    .filter((row) => !row.pass)
    .map((row) => `${row.metric} grew ${row.growth.toFixed(1)}x`);

  const resultsDir = join(benchDir, 'results');
  const resultsFile = scale ? 'scale.json' : 'latest.json';
  mkdirSync(resultsDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      platform: platform(),
      release: release(),
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
    },
    metrics: rows,
    growth,
    failures,
  };
  writeFileSync(join(resultsDir, resultsFile), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/${resultsFile}`);

  const overBudget = rows.filter((row) => row.pass === false).map((row) => row.id);
  if (overBudget.length) console.error(`Over budget: ${overBudget.join(', ')}`);
  if (tooFast.length) console.error(`Growing faster than the library: ${tooFast.join(', ')}`);
  if (failures.length) console.error(`Scenarios that failed:\n  ${failures.join('\n  ')}`);
  return overBudget.length || tooFast.length || failures.length ? 1 : 0;
};
