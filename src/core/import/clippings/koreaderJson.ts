import { z } from 'zod';
import { glossColor } from './colors';
import { clippingsRefusal } from './refusals';
import type { RawClipping } from './raw';

/*
 * KOReader's JSON export (Exporter plugin): one book `{title, author, entries: [...]}` or
 * several as `{documents: [...]}`. An entry has the highlighted `text`, the `note` written on
 * it, its `page`, `chapter`, `time` (seconds since 1970) and `color`.
 */

const entrySchema = z.object({
  text: z.string().nullish(),
  note: z.string().nullish(),
  page: z.union([z.number(), z.string()]).nullish(),
  time: z.number().nullish(),
  color: z.string().nullish(),
  sort: z.string().nullish(),
});

const bookSchema = z.object({
  title: z.string().nullish(),
  author: z.string().nullish(),
  file: z.string().nullish(),
  entries: z.array(entrySchema),
});

const exportSchema = z.union([
  z.object({ documents: z.array(bookSchema) }),
  bookSchema.transform((book) => ({ documents: [book] })),
]);

type Book = z.infer<typeof bookSchema>;

const titleOf = (book: Book): string => {
  const title = book.title?.trim();
  if (title) return title;
  const file = book.file
    ?.split(/[\\/]/u)
    .pop()
    ?.replace(/\.[^.]+$/u, '');
  return file?.trim() || 'Untitled book';
};

const pageOf = (page: number | string | null | undefined): string | null =>
  page === null || page === undefined || String(page).trim() === '' ? null : String(page).trim();

export const parseKoreaderJson = (name: string, text: string): RawClipping[] => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw clippingsRefusal(name, `it is not valid JSON (${detail}); the file may be truncated`);
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    throw clippingsRefusal(
      name,
      'it is JSON, but not a KOReader highlights export (no “entries” list of highlights)',
    );
  }
  return parsed.data.documents.flatMap((book) =>
    book.entries.flatMap((entry): RawClipping[] => {
      const quote = entry.text?.trim() ?? '';
      if (quote === '' && !entry.note) return [];
      const page = pageOf(entry.page);
      return [
        {
          title: titleOf(book),
          author: book.author?.replace(/\s*\n\s*/gu, ', ').trim() || null,
          kind: entry.sort === 'bookmark' ? 'bookmark' : quote === '' ? 'note' : 'highlight',
          text: quote === '' ? (entry.note ?? '') : quote,
          note: quote === '' ? null : (entry.note ?? null),
          page,
          // The page orders them; two highlights on one page are never one extended.
          location: null,
          addedAt:
            typeof entry.time === 'number' ? new Date(entry.time * 1000).toISOString() : null,
          color: glossColor(entry.color),
        },
      ];
    }),
  );
};
