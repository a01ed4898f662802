import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../e2e/support/paths';
import { scenarios } from './scenarios/index';
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

/** Runs the scenarios named in `only` (all when empty); returns the process exit code. */
export const main = async (only: string[]): Promise<number> => {
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

  const resultsDir = join(benchDir, 'results');
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
    failures,
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json`);

  const overBudget = rows.filter((row) => row.pass === false).map((row) => row.id);
  if (overBudget.length) console.error(`Over budget: ${overBudget.join(', ')}`);
  if (failures.length) console.error(`Scenarios that failed:\n  ${failures.join('\n  ')}`);
  return overBudget.length || failures.length ? 1 : 0;
};
