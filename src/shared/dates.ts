const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

const parse = (iso: string): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "Nov 29, 2025"; an unparseable date is shown as stored rather than hidden. */
export const formatDate = (iso: string): string => {
  const date = parse(iso);
  return date ? dateFormat.format(date) : iso;
};
