import { documentFormats, type DocumentSummary } from '../../../shared/model';

/*
 * The library list's answer, checked without zod. zod runs without its JIT here (the window's
 * CSP forbids eval, see zodSetup.ts), and checking 10,000 summaries that way took 300 to 900 ms
 * of the page's load. This checks the same rules as `documentSummarySchema` field by field and,
 * as zod does, keeps only the schema's fields; summaryList.test.ts holds the two together.
 */

const formats: ReadonlySet<unknown> = new Set(documentFormats);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One summary with only its schema's fields, or null when any field breaks the schema. */
const summaryOf = (value: unknown): DocumentSummary | null => {
  if (!isRecord(value)) return null;
  const { id, title, source, addedAt, openedAt, charCount, highlightCount, noteCount } = value;
  const { entityCount, format, pageCount, chapterCount } = value;
  const texts = [id, title, source, addedAt];
  if (!texts.every((text) => typeof text === 'string')) return null;
  if (openedAt !== null && typeof openedAt !== 'string') return null;
  if (!isCount(charCount) || !isCount(highlightCount) || !isCount(noteCount)) return null;
  if (entityCount !== null && !isCount(entityCount)) return null;
  const summary = {
    id,
    title,
    source,
    addedAt,
    openedAt,
    charCount,
    highlightCount,
    noteCount,
    entityCount,
  } as DocumentSummary;
  if (format !== undefined) {
    if (!formats.has(format)) return null;
    summary.format = format as DocumentSummary['format'];
  }
  for (const [key, count] of [
    ['pageCount', pageCount],
    ['chapterCount', chapterCount],
  ] as const) {
    if (count === undefined) continue;
    if (count !== null && !isCount(count)) return null;
    summary[key] = count;
  }
  return summary;
};

/** The library list as `z.array(documentSummarySchema)` would parse it, or null if it fails. */
export const parseSummaryList = (value: unknown): DocumentSummary[] | null => {
  if (!Array.isArray(value)) return null;
  const summaries: DocumentSummary[] = [];
  for (const item of value) {
    const summary = summaryOf(item);
    if (!summary) return null;
    summaries.push(summary);
  }
  return summaries;
};
