import { z } from 'zod';

export const searchHitKinds = ['text', 'highlight', 'note'] as const;

/** A piece of text around a hit, with the matching words marked as [start, end) ranges. */
export const snippetSchema = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type Snippet = z.infer<typeof snippetSchema>;

export const searchHitSchema = z.object({
  kind: z.enum(searchHitKinds),
  snippet: snippetSchema,
  /**
   * Where the hit is in the document's current canonical text (UTF-16 offsets), for the reader
   * to mark it: the matched words for a text hit, the highlight's range for a highlight or the
   * note of a highlight; null for a document note, an orphaned highlight, or the one hit of a
   * document found by its title alone (its snippet is the title).
   */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  highlightId: z.string().nullable(),
  noteId: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchGroupSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  /** The best hits first; at most a few per document (the total says how many matched). */
  hits: z.array(searchHitSchema),
  total: z.number().int().nonnegative(),
});
export type SearchGroup = z.infer<typeof searchGroupSchema>;

export const searchResultsSchema = z.object({
  query: z.string(),
  /** Best-matching documents first. */
  groups: z.array(searchGroupSchema),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
