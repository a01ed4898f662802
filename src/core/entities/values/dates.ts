/*
 * Dates as ISO 8601 where the text allows: a full date "2025-06-03", a month "2027-03", a year
 * "2020", a month and day with no year "--06-03" (ISO's form for a recurring day) unless the
 * document's date tells the year, a span of years "2019/2021". Weekdays and words such as
 * "yesterday" have a value only against the document's date.
 */

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const pad = (value: number): string => String(value).padStart(2, '0');

interface DayDate {
  year: number;
  month: number;
  day: number;
}

const toIso = ({ year, month, day }: DayDate): string => `${year}-${pad(month)}-${pad(day)}`;

const fromUtc = (time: number): DayDate => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

const utc = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day);

/** The document's date, from "2025-04-07" or a full ISO timestamp. */
export const parseDocumentDate = (value: string | undefined): DayDate | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = utc(year, month, day);
  return Number.isNaN(time) ? undefined : fromUtc(time);
};

const monthOf = (word: string): number | undefined => {
  const index = monthNames.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
};

const isValidDay = (year: number, month: number, day: number): boolean =>
  fromUtc(utc(year, month, day)).day === day && month >= 1 && month <= 12;

/** The year that puts a month and day closest to the document's date. */
const nearestYear = (month: number, day: number, reference: DayDate): number => {
  const anchor = utc(reference.year, reference.month, reference.day);
  const years = [reference.year - 1, reference.year, reference.year + 1];
  const distance = (year: number): number => Math.abs(utc(year, month, day) - anchor);
  return years.reduce((best, year) => (distance(year) < distance(best) ? year : best));
};

const monthWord =
  '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
const dayNumber = '(\\d{1,2})(?:st|nd|rd|th)?';
const patterns = {
  iso: /^(\d{4})-(\d{2})-(\d{2})$/u,
  monthDayYear: new RegExp(`^${monthWord}\\s+${dayNumber},?\\s+(\\d{4})$`, 'iu'),
  dayMonthYear: new RegExp(`^${dayNumber}\\s+(?:of\\s+)?${monthWord},?\\s+(\\d{4})$`, 'iu'),
  monthDay: new RegExp(`^${monthWord}\\s+${dayNumber}$`, 'iu'),
  dayMonth: new RegExp(`^${dayNumber}\\s+(?:of\\s+)?${monthWord}$`, 'iu'),
  monthYear: new RegExp(`^${monthWord},?\\s+(?:of\\s+)?(\\d{4})$`, 'iu'),
  month: new RegExp(`^${monthWord}$`, 'iu'),
  year: /^(\d{4})$/u,
  numeric: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u,
  yearRange: /^(?:from\s+|between\s+)?(\d{4})\s*(?:-|–|to|and|until)\s*(\d{4})$/iu,
};

/** Words around a date that are not part of its value: "early", "mid-", "the fiscal year". */
const dateNoise =
  /^(?:(?:from|since|until|till|by|before|after|in|on|during|through|throughout|the|of|early|late|mid|end|beginning|start|fiscal|year|calendar|financial|spring|summer|autumn|fall|winter)[\s-]+)+/iu;

const relativeDays: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

/** ISO 8601 week: "2025-W15". Week 1 holds the year's first Thursday. */
const isoWeek = (date: DayDate): string => {
  const time = utc(date.year, date.month, date.day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  const thursday = fromUtc(time + (3 - weekday) * 86_400_000);
  const week =
    Math.floor(
      (utc(thursday.year, thursday.month, thursday.day) - utc(thursday.year, 1, 1)) / 604_800_000,
    ) + 1;
  return `${thursday.year}-W${pad(week)}`;
};

const relative = (written: string, reference: DayDate): string | undefined => {
  const lower = written.toLowerCase();
  const days = relativeDays[lower];
  if (days !== undefined) {
    return toIso(fromUtc(utc(reference.year, reference.month, reference.day + days)));
  }
  const yearShift = /^(last|this|next) year$/u.exec(lower)?.[1];
  if (yearShift) return String(reference.year + ({ last: -1, this: 0, next: 1 }[yearShift] ?? 0));
  const monthShift = /^(last|this|next) month$/u.exec(lower)?.[1];
  if (monthShift) {
    const shifted = fromUtc(
      utc(reference.year, reference.month + ({ last: -1, this: 0, next: 1 }[monthShift] ?? 0), 1),
    );
    return `${shifted.year}-${pad(shifted.month)}`;
  }
  const weekShift = /^(last|this|next) week$/u.exec(lower)?.[1];
  if (weekShift) {
    const shift = { last: -7, this: 0, next: 7 }[weekShift] ?? 0;
    return isoWeek(fromUtc(utc(reference.year, reference.month, reference.day + shift)));
  }
  const weekday = weekdayNames.indexOf(lower.replace(/^(?:on|last|this)\s+/u, '').slice(0, 3));
  if (weekday >= 0 && /^(?:(?:on|last|this)\s+)?[a-z]+day$/u.test(lower)) {
    // The nearest such day: news mostly means the one just past ("said on Tuesday").
    const anchor = utc(reference.year, reference.month, reference.day);
    const today = new Date(anchor).getUTCDay();
    let offset = weekday - today;
    if (offset > 3) offset -= 7;
    if (offset < -3) offset += 7;
    return toIso(fromUtc(anchor + offset * 86_400_000));
  }
  return undefined;
};

/** The ISO value of a date as written, or undefined when it cannot be pinned down. */
export const normaliseDate = (written: string, documentDate?: string): string | undefined => {
  const reference = parseDocumentDate(documentDate);
  const text = written.trim().replace(/\s+/gu, ' ');
  if (reference) {
    const value = relative(text, reference);
    if (value) return value;
  }
  const range = patterns.yearRange.exec(text);
  if (range) return `${range[1]}/${range[2]}`;
  const core = text.replace(dateNoise, '').replace(/^(\d{4})\s+year$/u, '$1');
  let match = patterns.iso.exec(core);
  if (match) return core;
  const full = (year: number, month: number | undefined, day: number): string | undefined =>
    month && isValidDay(year, month, day) ? toIso({ year, month, day }) : undefined;
  if ((match = patterns.monthDayYear.exec(core))) {
    return full(Number(match[3]), monthOf(match[1] ?? ''), Number(match[2]));
  }
  if ((match = patterns.dayMonthYear.exec(core))) {
    return full(Number(match[3]), monthOf(match[2] ?? ''), Number(match[1]));
  }
  const monthDay = patterns.monthDay.exec(core) ?? patterns.dayMonth.exec(core);
  if (monthDay) {
    const monthFirst = patterns.monthDay.test(core);
    const month = monthOf((monthFirst ? monthDay[1] : monthDay[2]) ?? '');
    const day = Number(monthFirst ? monthDay[2] : monthDay[1]);
    if (!month || day < 1 || day > 31) return undefined;
    if (!reference) return `--${pad(month)}-${pad(day)}`;
    return full(nearestYear(month, day, reference), month, day);
  }
  if ((match = patterns.monthYear.exec(core))) {
    const month = monthOf(match[1] ?? '');
    return month ? `${match[2]}-${pad(month)}` : undefined;
  }
  if ((match = patterns.month.exec(core)) && reference) {
    const month = monthOf(match[1] ?? '') ?? 1;
    return `${nearestYear(month, 15, reference)}-${pad(month)}`;
  }
  if ((match = patterns.year.exec(core))) return match[1];
  if ((match = patterns.numeric.exec(core))) {
    // Month first, as in American usage, unless the first number cannot be a month.
    let [month, day] = [Number(match[1]), Number(match[2])];
    if (month > 12) [month, day] = [day, month];
    return full(Number(match[3]), month, day);
  }
  return undefined;
};
