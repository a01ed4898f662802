import DiffMatchPatch from 'diff-match-patch';

/** A run of tokens both sequences share, by index: a[oldIndex + k] === b[newIndex + k]. */
export interface CommonRun {
  oldIndex: number;
  newIndex: number;
  count: number;
}

// diff-match-patch diffs strings of UTF-16 units; each distinct token becomes one unit. Units
// past the table's end are shared (reduced modulo its size), so every unit is checked token by
// token afterwards: a collision can never pass for an equality.
const firstUnit = 1;
const unitCount = 0xffff - firstUnit;
const engine = new DiffMatchPatch();
// No time cap: the same two texts always give the same diff (callers keep the inputs small).
engine.Diff_Timeout = 0;

const encode = (tokens: readonly string[], table: Map<string, number>): string => {
  const units: string[] = [];
  for (const token of tokens) {
    let unit = table.get(token);
    if (unit === undefined) {
      unit = firstUnit + (table.size % unitCount);
      table.set(token, unit);
    }
    units.push(String.fromCharCode(unit));
  }
  return units.join('');
};

/** Splits a shared stretch into the runs whose tokens really are equal (see encode). */
const pushVerified = (
  runs: CommonRun[],
  a: readonly string[],
  b: readonly string[],
  { oldIndex, newIndex, count }: CommonRun,
): void => {
  let runStart = -1;
  for (let offset = 0; offset <= count; offset += 1) {
    const same = offset < count && a[oldIndex + offset] === b[newIndex + offset];
    if (same && runStart < 0) runStart = offset;
    if (!same && runStart >= 0) {
      runs.push({
        oldIndex: oldIndex + runStart,
        newIndex: newIndex + runStart,
        count: offset - runStart,
      });
      runStart = -1;
    }
  }
};

export interface TokenDiffOptions {
  /**
   * Drop short coincidental equalities inside rewritten stretches (diff-match-patch's semantic
   * clean-up), so a "the" shared by two unrelated sentences is not taken for a surviving word.
   */
  semantic?: boolean;
}

/** The tokens `a` and `b` share, in order, as runs (a longest-common-subsequence diff). */
export const commonRuns = (
  a: readonly string[],
  b: readonly string[],
  { semantic = false }: TokenDiffOptions = {},
): CommonRun[] => {
  const table = new Map<string, number>();
  const diffs = engine.diff_main(encode(a, table), encode(b, table), false);
  if (semantic) engine.diff_cleanupSemantic(diffs);
  const runs: CommonRun[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const [operation, units] of diffs) {
    const count = units.length;
    if (operation === DiffMatchPatch.DIFF_EQUAL) {
      pushVerified(runs, a, b, { oldIndex, newIndex, count });
      oldIndex += count;
      newIndex += count;
    } else if (operation === DiffMatchPatch.DIFF_DELETE) oldIndex += count;
    else newIndex += count;
  }
  return runs;
};
