import type { Span } from '../../../shared/span';
import type { ClippingKind } from './raw';

/*
 * The metadata line under a clipping's title, in each language Kindle writes it. The wording is
 * the one documented by people who parse these files (see README, "Kindle clippings"):
 *
 *   - Your Highlight on page 12 | Location 140-142 | Added on Monday, March 13, 2023 10:12:33 PM
 *   - Ihre Markierung auf Seite 12 | Position 140-142 | Hinzugefügt am Montag, 13. März 2023 22:12:33
 *   - Votre surlignement sur la page 12 | emplacement 140-142 | Ajouté le lundi 13 mars 2023 22:12:33
 *   - Tu subrayado en la página 12 | posición 140-142 | Añadido el lunes, 13 de marzo de 2023 22:12:33
 *   - La tua evidenziazione a pagina 12 | posizione 140-142 | Aggiunto in data lunedì 13 marzo 2023 22:12:33
 *   - Seu destaque na página 12 | posição 140-142 | Adicionado: segunda-feira, 13 de março de 2023 22:12:33
 *   - 12ページ|位置No. 140-142のハイライト |作成日: 2023年3月13日月曜日 22:12:33
 *   - 您在第 12 页（位置 #140-142）的标注 | 添加于 2023年3月13日星期一 下午10:12:33
 *
 * and older Kindles' `- Highlight Loc. 140-42 | Added on ...`, where 140-42 means 140-142.
 */

export interface KindleMetadata {
  kind: ClippingKind;
  page: string | null;
  location: Span | null;
  addedAt: string | null;
}

// Bookmark first: no other kind's word is part of these; then highlight, then note.
const kindWords: readonly [ClippingKind, RegExp][] = [
  [
    'bookmark',
    /bookmark|lesezeichen|signet|marcador|segnalibro|marque-page|ブックマーク|书签|書籤/iu,
  ],
  [
    'highlight',
    /highlight|markierung|surlignement|subrayado|evidenziazione|destaque|ハイライト|标注|標註|标记/iu,
  ],
  ['note', /note|notiz|nota|メモ|笔记|筆記|批注/iu],
];

const dateLead =
  /(?:added on|hinzugefügt am|ajouté le|añadido el|aggiunto in data|aggiunto il|adicionado:?|adicionado em|作成日[:：]?|添加于|新增於)\s*(.*)$/iu;

const pagePatterns = [
  /\b(?:page|seite|página|pagina|pág\.?)\s+([\p{L}\p{N}]+)/iu,
  /([\p{N}\p{L}]+)\s*ページ/u,
  /第\s*([\p{N}\p{L}]+)\s*[页頁]/u,
];

const locationPattern =
  /(?:location|loc\.|position|emplacement|posición|posizione|posição|位置\s*no\.?|位置\s*#?)\s*#?\s*(\d+)(?:\s*-\s*(\d+))?/iu;

const months: Record<string, number> = {};
const monthNames = [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
];
for (const line of monthNames) {
  line.split(' ').forEach((name, index) => (months[name] = index + 1));
}
// Germany's Austrian "Jänner" and the short forms older Kindles use.
months['jänner'] = 1;

/** `140-42` on an older Kindle is 140 to 142: the end repeats only the digits that change. */
const fullEnd = (start: string, end: string): number => {
  if (end.length >= start.length) return Number(end);
  const widened = Number(start.slice(0, start.length - end.length) + end);
  return widened >= Number(start) ? widened : Number(end);
};

const parseLocation = (line: string): Span | null => {
  const match = locationPattern.exec(line);
  if (!match?.[1]) return null;
  const start = Number(match[1]);
  const end = match[2] ? fullEnd(match[1], match[2]) : start;
  return { start, end: Math.max(start, end) };
};

const parsePage = (line: string): string | null => {
  for (const pattern of pagePatterns) {
    const page = pattern.exec(line)?.[1];
    if (page) return page;
  }
  return null;
};

const timeOf = (text: string): { hours: number; minutes: number; seconds: number } | null => {
  const match = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/iu.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const marker = (match[4] ?? '').toLowerCase();
  const afternoon = marker.startsWith('p') || /下午|午後/u.test(text);
  const morning = marker.startsWith('a') || /上午|午前/u.test(text);
  if (afternoon && hours < 12) hours += 12;
  if (morning && hours === 12) hours = 0;
  return { hours, minutes: Number(match[2]), seconds: Number(match[3] ?? 0) };
};

const dayMonthYear = (text: string): [number, number, number] | null => {
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  if (cjk) return [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
  const withoutTime = text.replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, ' ');
  const month = withoutTime
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map((word) => months[word])
    .find((value) => value !== undefined);
  const year = /\b(\d{4})\b/u.exec(withoutTime)?.[1];
  const day = withoutTime.replace(/\b\d{4}\b/u, ' ').match(/\b(\d{1,2})\b/u)?.[1];
  if (month === undefined || !year || !day) return null;
  return [Number(year), month, Number(day)];
};

/**
 * The date after "Added on" (in the reader's local time, as the Kindle wrote it), as an ISO
 * date-time; null when it cannot be read, which loses only the date.
 */
export const parseKindleDate = (text: string): string | null => {
  const date = dayMonthYear(text);
  if (!date) return null;
  const [year, month, day] = date;
  const time = timeOf(text) ?? { hours: 0, minutes: 0, seconds: 0 };
  const parsed = new Date(year, month - 1, day, time.hours, time.minutes, time.seconds);
  return Number.isNaN(parsed.getTime()) || parsed.getDate() !== day ? null : parsed.toISOString();
};

/** The metadata line's kind, page, location and date; null when it is not such a line. */
export const parseKindleMetadata = (line: string): KindleMetadata | null => {
  const body = line.replace(/^\uFEFF?-\s*/u, '');
  const dateMatch = dateLead.exec(body);
  const where = dateMatch ? body.slice(0, dateMatch.index) : body;
  const kind = kindWords.find(([, pattern]) => pattern.test(where))?.[0];
  if (!kind) return null;
  return {
    kind,
    page: parsePage(where),
    location: parseLocation(where),
    addedAt: dateMatch?.[1] ? parseKindleDate(dateMatch[1]) : null,
  };
};
