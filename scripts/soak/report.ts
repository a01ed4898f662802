import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { countFaultCases, faultGroups, type FaultCounts } from './faultCases';
import type { SoakStats } from './soak';

const root = path.resolve(__dirname, '../..');
export const testingJson = path.join(root, 'docs/testing.json');
const readme = path.join(root, 'README.md');
const begin = '<!-- soak-table:begin (npm run soak -- --report writes this block) -->';
const end = '<!-- soak-table:end -->';

const number = (value: number): string => value.toLocaleString('en-GB');

export interface Faults {
  disk: FaultCounts;
  exports: FaultCounts;
}

const cases = ({ passed, failed }: FaultCounts): string =>
  failed ? `${number(passed)} pass, **${number(failed)} fail**` : `${number(passed)} pass`;

/** The README rows: the soak's figures and the fault cases' counts, from the reported run. */
export const soakTable = (stats: SoakStats, faults: Faults, at: string): string =>
  [
    '| Kills, disk and file faults (`npm run soak -- --report`) | Figure |',
    '| --- | --- |',
    `| Kills survived (SIGKILL at seeded moments), nothing acknowledged lost, nothing half there | ${number(stats.kills)} |`,
    `| … of which while a write was under way / while opening the library | ${number(stats.killsMidWrite)} / ${number(stats.killsWhileOpening)} |`,
    `| … of which with the CLI listing and exporting beside it (CLI runs checked) | ${number(stats.killsWithCli)} (${number(stats.cliRuns)}) |`,
    `| Acknowledged writes checked after the kill that followed them | ${number(stats.writesChecked)} |`,
    `| \`PRAGMA integrity_check\` and \`foreign_key_check\` after a kill: ok | ${number(stats.integrityChecks)} |`,
    `| Disk and file fault cases (full disk, read-only folder, not SQLite, truncated, corrupted, export folder gone, a document trashed mid-export) | ${cases(faults.disk)} |`,
    `| Export cases (CSV formula injection, unsafe and reserved file names) | ${cases(faults.exports)} |`,
    `| Seed, date, time taken by the soak | ${stats.seed}, ${at.slice(0, 10)}, ${number(stats.seconds)} s |`,
  ].join('\n');

/** Writes the run's figures to docs/testing.json and the README's block; answers what it wrote. */
export const writeSoakReport = async (
  stats: SoakStats,
  at = new Date().toISOString(),
): Promise<string> => {
  const previous = fs.existsSync(testingJson)
    ? (JSON.parse(fs.readFileSync(testingJson, 'utf8')) as Record<string, unknown>)
    : {};
  const faults: Faults = {
    disk: countFaultCases(faultGroups.disk),
    exports: countFaultCases(faultGroups.exports),
  };
  const json = JSON.stringify({ ...previous, soak: { ...stats, at }, faults });
  fs.writeFileSync(testingJson, await prettier.format(json, { filepath: testingJson }));
  const text = fs.readFileSync(readme, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${begin} … ${end} block.`);
  const updated = `${text.slice(0, from + begin.length)}\n\n${soakTable(stats, faults, at)}\n\n${text.slice(to)}`;
  // Formatted as `npm run lint` (prettier --check) expects the README to be.
  const options = (await prettier.resolveConfig(readme)) ?? {};
  fs.writeFileSync(readme, await prettier.format(updated, { ...options, filepath: readme }));
  return 'docs/testing.json and the README table';
};
