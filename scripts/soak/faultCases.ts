import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The tests of each group of fault cases the README counts (issue 17). */
export const faultGroups = {
  disk: [
    'src/core/db/faults.test.ts',
    'src/cli/readOnly.test.ts',
    'src/core/export/vanish.test.ts',
    'src/core/export/concurrent.test.ts',
  ],
  exports: ['src/shared/export/csv.test.ts', 'src/core/export/fileNames.test.ts'],
} as const;

export interface FaultCounts {
  passed: number;
  failed: number;
}

/** Runs one group's tests with vitest and counts them, from its JSON report. */
export const countFaultCases = (files: readonly string[]): FaultCounts => {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-faults-')), 'report.json');
  spawnSync(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    ['run', ...files, '--reporter=json', `--outputFile=${report}`],
    { cwd: root, stdio: 'ignore' },
  );
  const { numPassedTests, numFailedTests } = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  return { passed: numPassedTests, failed: numFailedTests };
};
