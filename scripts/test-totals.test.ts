import { describe, expect, it } from 'vitest';
import { e2eTotals, skipsByReason, totalsLine, unitTotals } from './test-totals.mjs';

describe('test totals', () => {
  it('counts vitest results, including a file that failed to load', () => {
    const totals = unitTotals({
      testResults: [
        {
          status: 'passed',
          assertionResults: [{ status: 'passed' }, { status: 'skipped', fullName: 'a b' }],
        },
        { status: 'failed', assertionResults: [] },
      ],
    });
    expect(totals).toEqual({
      passed: 1,
      failed: 1,
      skipped: 1,
      skips: [{ test: 'a b', reason: 'skipped' }],
    });
  });

  it('counts Playwright results per project and keeps skip reasons', () => {
    const totals = e2eTotals({
      errors: [],
      suites: [
        {
          title: 'x.spec.ts',
          file: 'x.spec.ts',
          specs: [],
          suites: [
            {
              title: 'group',
              file: 'x.spec.ts',
              specs: [
                {
                  title: 'works',
                  file: 'x.spec.ts',
                  tests: [
                    { projectName: 'browser', status: 'expected', annotations: [], results: [] },
                    { projectName: 'browser', status: 'flaky', annotations: [], results: [] },
                    { projectName: 'browser', status: 'unexpected', annotations: [], results: [] },
                    {
                      projectName: 'electron',
                      status: 'skipped',
                      annotations: [],
                      results: [{ annotations: [{ type: 'skip', description: 'no binary' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(totals).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      skips: [{ test: '[electron] x.spec.ts › group › works', reason: 'no binary' }],
    });
  });

  it('groups skipped tests by reason', () => {
    const groups = skipsByReason([
      { test: 'a', reason: 'no binary' },
      { test: 'b', reason: 'todo' },
      { test: 'c', reason: 'no binary' },
    ]);
    expect([...groups]).toEqual([
      ['no binary', ['a', 'c']],
      ['todo', ['b']],
    ]);
  });

  it('sums into the final line', () => {
    const a = { passed: 3, failed: 0, skipped: 1, skips: [] };
    const b = { passed: 2, failed: 1, skipped: 0, skips: [] };
    expect(totalsLine(a, b)).toBe('5 passed, 1 failed, 1 skipped');
  });
});
