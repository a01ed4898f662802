// Made on first use: the page's first script imports this module, and a cold renderer's first
// Intl formatter loads locale data it does not need to draw a served first screen.
let dateFormat: Intl.DateTimeFormat | undefined;

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "Nov 29, 2025"; an unparseable date is shown as stored rather than hidden. */
export const formatDate = (iso: string): string => {
  const date = parse(iso);
  if (!date) return iso;
  dateFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  return dateFormat.format(date);
};
