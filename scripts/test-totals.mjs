// Reads the vitest and Playwright JSON reports into one shape, so `npm test` can print totals.

/** @typedef {{ test: string, reason: string }} Skip */
/** @typedef {{ passed: number, failed: number, skipped: number, skips: Skip[] }} Totals */

/** @returns {Totals} */
export const emptyTotals = () => ({ passed: 0, failed: 0, skipped: 0, skips: [] });

/** Vitest's JSON reporter (Jest-compatible): counts per assertion result. */
export const unitTotals = (report) => {
  const totals = emptyTotals();
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') totals.passed += 1;
      else if (test.status === 'failed') totals.failed += 1;
      else {
        totals.skipped += 1;
        totals.skips.push({ test: test.fullName ?? test.title, reason: test.status });
      }
    }
    // A file that failed to load has no assertion results but must still count as a failure.
    if (file.status === 'failed' && !(file.assertionResults ?? []).length) totals.failed += 1;
  }
  return totals;
};

const skipReason = (test) => {
  const annotations = [
    ...(test.annotations ?? []),
    ...(test.results ?? []).flatMap((r) => r.annotations ?? []),
  ];
  const skip = annotations.find((a) => ['skip', 'fixme'].includes(a.type) && a.description);
  return skip ? skip.description : 'no reason given';
};

function* specsOf(suite, titles = []) {
  const path =
    suite.title && !suite.file?.endsWith(suite.title) ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) yield { spec, titles: path };
  for (const child of suite.suites ?? []) yield* specsOf(child, path);
}

/** Playwright's JSON reporter: one entry per test per project; a flaky test counts as passed. */
export const e2eTotals = (report) => {
  const totals = emptyTotals();
  for (const suite of report.suites ?? []) {
    for (const { spec, titles } of specsOf(suite)) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') totals.passed += 1;
        else if (test.status === 'unexpected') totals.failed += 1;
        else {
          totals.skipped += 1;
          const name = [spec.file, ...titles, spec.title].join(' › ');
          totals.skips.push({ test: `[${test.projectName}] ${name}`, reason: skipReason(test) });
        }
      }
    }
  }
  // Errors outside any test (a broken config, a file that does not load) fail the run too.
  totals.failed += (report.errors ?? []).length;
  return totals;
};

/** Skipped tests grouped by reason, so a reason shared by many tests is printed once. */
export const skipsByReason = (skips) => {
  const groups = new Map();
  for (const { test, reason } of skips) groups.set(reason, [...(groups.get(reason) ?? []), test]);
  return groups;
};

/** The last line of `npm test`, alone on its line. */
export const totalsLine = (...all) => {
  const sum = (key) => all.reduce((n, totals) => n + totals[key], 0);
  return `${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`;
};
