import type { Summary } from './stats';

/** 10x the documents may take at most this many times as long (10x, and room for noise). */
export const maxGrowth = 12;
/** Figures this small are timer noise: their ratio means nothing. */
const noiseMs = 5;

export interface GrowthRow {
  metric: string;
  small: number;
  large: number;
  growth: number;
  pass: boolean;
}

/**
 * Pairs each metric of the small library with the same metric of the large one (scenario ids
 * `scale-1k` and `scale-10k`) and answers how much the median grew.
 */
export const growthRows = (
  rows: ReadonlyArray<Summary & { id: string }>,
  small: string,
  large: string,
): GrowthRow[] =>
  rows.flatMap((row): GrowthRow[] => {
    if (!row.id.startsWith(`${small}/`)) return [];
    const metric = row.id.slice(small.length + 1);
    const other = rows.find((candidate) => candidate.id === `${large}/${metric}`);
    if (!other) return [];
    const growth = other.median / Math.max(row.median, Number.EPSILON);
    const pass = other.median < noiseMs || growth <= maxGrowth;
    return [{ metric, small: row.median, large: other.median, growth, pass }];
  });
