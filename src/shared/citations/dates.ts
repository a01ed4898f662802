import { z } from 'zod';

/**
 * CSL dates. Gloss stores a date as CSL-JSON's `date-parts` (year, month, day; the last two
 * optional) or as a `literal` for what is not a calendar date ("forthcoming", "n.d."). The
 * form and the command line write them as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export const cslDateSchema = z
  .object({
    'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2).optional(),
    literal: z.string().max(200).optional(),
  })
  .strict();
export type CslDate = z.infer<typeof cslDateSchema>;

const isoDatePattern = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u;

const daysInMonth = (year: number, month: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** `2024-03-07` → date-parts; null for text that is not such a date or not a real day. */
export const parseIsoDate = (text: string): CslDate | null => {
  const match = isoDatePattern.exec(text.trim());
  if (!match) return null;
  const parts = match.slice(1).flatMap((part) => (part === undefined ? [] : [Number(part)]));
  const [year, month, day] = parts as [number, number?, number?];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return null;
  return { 'date-parts': [parts] };
};

export const dateProblem = (text: string): string | null =>
  parseIsoDate(text) === null
    ? `“${text.trim()}” is not a date: write it as a year (2024), a month (2024-03) or a day (2024-03-07).`
    : null;

/** The form's text for a stored date: `YYYY[-MM[-DD]]`, else its literal, else ''. */
export const formatIsoDate = (date: CslDate | undefined): string => {
  const parts = date?.['date-parts']?.[0];
  if (!parts) return date?.literal ?? '';
  const [year, month, day] = parts;
  return [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join(
    '-',
  );
};

/** The year of a date, for citekeys and front matter; null when it has none. */
export const yearOf = (date: CslDate | undefined): number | null =>
  date?.['date-parts']?.[0]?.[0] ?? null;
