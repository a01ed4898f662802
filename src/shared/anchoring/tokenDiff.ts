import DiffMatchPatch from 'diff-match-patch';
import { tokenIds, type TokenIds } from './tokenIds';
import { uniqueAnchors } from './uniqueAnchors';

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
/** Units turned into a string at a time (a spread argument list has a limit). */
const unitChunk = 8192;

const encode = (ids: Int32Array): string => {
  const units = new Uint16Array(ids.length);
  for (let index = 0; index < ids.length; index += 1) {
    units[index] = firstUnit + ((ids[index] ?? 0) % unitCount);
  }
  let encoded = '';
  for (let at = 0; at < units.length; at += unitChunk) {
    encoded += String.fromCharCode(...units.subarray(at, at + unitChunk));
  }
  return encoded;
};

/** Splits a shared stretch into the runs whose tokens really are equal (see encode). */
const pushVerified = (
  runs: CommonRun[],
  a: Int32Array,
  b: Int32Array,
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
   * Drop short coincidental equalities inside rewritten stretches, so a "the" shared by two
   * unrelated sentences is not taken for a surviving word (see dropCoincidences).
   */
  semantic?: boolean;
  /** Seconds diff-match-patch may take before it settles for a coarser diff; none by default. */
  timeoutSeconds?: number;
}

type Diff = DiffMatchPatch.Diff;

/** Units deleted and inserted between equality `index` and the next (or previous) one. */
const changeAround = (diffs: readonly Diff[], index: number, step: 1 | -1) => {
  let deleted = 0;
  let inserted = 0;
  for (let at = index + step; at >= 0 && at < diffs.length; at += step) {
    const [operation, units] = diffs[at] ?? [0, ''];
    if (operation === DiffMatchPatch.DIFF_EQUAL) break;
    if (operation === DiffMatchPatch.DIFF_DELETE) deleted += units.length;
    else inserted += units.length;
  }
  return { deleted, inserted };
};

/** Longest equality (in tokens: "of the" is three) that may be a coincidence. */
const maxCoincidence = 6;

/**
 * Like diff-match-patch's semantic clean-up, but an equality is dropped only where text was
 * deleted on both sides of it (it sits in a rewritten stretch), it is short, and no longer than
 * the change on either side. Words with only insertions on one side were certainly kept, and a
 * longer phrase that survived a rewrite is the author's, not chance.
 */
const dropCoincidences = (diffs: Diff[]): void => {
  // Each pass judges every equality against its neighbours as they stand, drops the
  // coincidental ones at once and merges; dropping one can make a neighbour coincidental too.
  for (let dropped = true; dropped;) {
    dropped = false;
    for (let index = 1; index < diffs.length - 1; index += 1) {
      const [operation, units] = diffs[index] ?? [0, ''];
      if (operation !== DiffMatchPatch.DIFF_EQUAL || units.length > maxCoincidence) continue;
      const before = changeAround(diffs, index, -1);
      const after = changeAround(diffs, index, 1);
      const coincidental =
        before.deleted > 0 &&
        after.deleted > 0 &&
        units.length <= Math.max(before.deleted, before.inserted) &&
        units.length <= Math.max(after.deleted, after.inserted);
      if (!coincidental) continue;
      // Marked in place (a delete and an insert of the same units); merged after the pass.
      diffs.splice(
        index,
        1,
        [DiffMatchPatch.DIFF_DELETE, units],
        [DiffMatchPatch.DIFF_INSERT, units],
      );
      index += 1;
      dropped = true;
    }
    if (dropped) engine.diff_cleanupMerge(diffs);
  }
};

/** The tokens `a` and `b` share, in order, as runs (a longest-common-subsequence diff). */
export const commonRuns = (
  a: readonly string[],
  b: readonly string[],
  options: TokenDiffOptions = {},
): CommonRun[] => commonRunsOfIds(tokenIds(a, b), options);

/** commonRuns of token ids (see tokenIds). */
export const commonRunsOfIds = (
  ids: TokenIds,
  { semantic = false, timeoutSeconds = 0 }: TokenDiffOptions = {},
): CommonRun[] => {
  const { a, b } = ids;
  engine.Diff_Timeout = timeoutSeconds;
  const oldUnits = encode(a);
  const newUnits = encode(b);
  // Diffed piece by piece between the unique anchors (see uniqueAnchors), then joined up.
  const diffs: Diff[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  for (const anchor of [...uniqueAnchors(ids), { oldIndex: a.length, newIndex: b.length }]) {
    const piece = engine.diff_main(
      oldUnits.slice(oldFrom, anchor.oldIndex),
      newUnits.slice(newFrom, anchor.newIndex),
      false,
    );
    diffs.push(...piece);
    if (anchor.oldIndex < a.length) {
      diffs.push([DiffMatchPatch.DIFF_EQUAL, oldUnits.charAt(anchor.oldIndex)]);
    }
    oldFrom = anchor.oldIndex + 1;
    newFrom = anchor.newIndex + 1;
  }
  engine.diff_cleanupMerge(diffs);
  if (semantic) dropCoincidences(diffs);
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
