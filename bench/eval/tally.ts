import type { Verdict } from './judge';

/** Counts behind the four figures of the anchoring table. */
export interface Tally {
  highlights: number;
  unchanged: number;
  keptExactly: number;
  mostKept: number;
  followed: number;
  orphanedOfMostKept: number;
  wrong: number;
}

export const tally = (verdicts: readonly Verdict[]): Tally => {
  const count = (test: (verdict: Verdict) => boolean) => verdicts.filter(test).length;
  return {
    highlights: verdicts.length,
    unchanged: count((v) => v.fate === 'unchanged'),
    keptExactly: count((v) => v.keptExactly),
    mostKept: count((v) => v.fate === 'mostKept'),
    followed: count((v) => v.followed),
    orphanedOfMostKept: count((v) => v.fate === 'mostKept' && v.orphaned),
    wrong: count((v) => v.wrong),
  };
};

const add = (a: Tally, b: Tally): Tally => ({
  highlights: a.highlights + b.highlights,
  unchanged: a.unchanged + b.unchanged,
  keptExactly: a.keptExactly + b.keptExactly,
  mostKept: a.mostKept + b.mostKept,
  followed: a.followed + b.followed,
  orphanedOfMostKept: a.orphanedOfMostKept + b.orphanedOfMostKept,
  wrong: a.wrong + b.wrong,
});

const percent = (part: number, whole: number): string =>
  whole === 0 ? '    -' : `${((100 * part) / whole).toFixed(1)}`.padStart(5);

/** The four figures: unchanged kept exactly, mostly kept followed, of those orphaned, wrong. */
const figures = (t: Tally): string =>
  [
    percent(t.keptExactly, t.unchanged),
    percent(t.followed, t.mostKept),
    percent(t.orphanedOfMostKept, t.mostKept),
    percent(t.wrong, t.highlights),
  ].join(' ');

export const formatTable = (
  rows: readonly { name: string; gloss: Tally; quoteMatcher: Tally }[],
): string => {
  const empty = tally([]);
  const total = rows.reduce(
    (sum, row) => ({
      gloss: add(sum.gloss, row.gloss),
      quoteMatcher: add(sum.quoteMatcher, row.quoteMatcher),
    }),
    { gloss: empty, quoteMatcher: empty },
  );
  const header =
    `${'pair'.padEnd(30)} ${'n'.padStart(5)} ${'unch'.padStart(5)} ${'most'.padStart(5)} | ` +
    'Gloss: kept  foll  orph wrong | quote matcher: kept  foll  orph wrong';
  const line = (name: string, row: { gloss: Tally; quoteMatcher: Tally }) =>
    `${name.padEnd(30)} ${String(row.gloss.highlights).padStart(5)} ` +
    `${String(row.gloss.unchanged).padStart(5)} ${String(row.gloss.mostKept).padStart(5)} | ` +
    `      ${figures(row.gloss)} |                ${figures(row.quoteMatcher)}`;
  return [
    header,
    ...rows.map((row) => line(row.name, row)),
    line('all', total),
    '',
    'kept: unchanged words kept exactly (%); foll: most words kept, followed (%); orph: of ' +
      'those, orphaned (%); wrong: attached to the wrong text (% of all highlights)',
  ].join('\n');
};
