const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** Each unit, how many of the previous unit it holds, and how many of it we show before moving on. */
const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', 60, 60],
  ['hour', 60, 24],
  ['day', 24, 7],
  ['week', 7, 5],
];

/**
 * "just now", "5 minutes ago", "yesterday", "3 weeks ago". Beyond about a month it returns
 * `fallback(iso)`, since an absolute date reads better at that distance.
 */
export const formatRelative = (
  iso: string,
  fallback: (iso: string) => string,
  now: number = Date.now(),
): string => {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  let amount = (then - now) / 1000;
  if (Math.abs(amount) < 60) return 'just now';
  for (const [unit, size, limit] of units) {
    amount /= size;
    if (Math.abs(amount) < limit) return relative.format(Math.round(amount), unit);
  }
  return fallback(iso);
};
