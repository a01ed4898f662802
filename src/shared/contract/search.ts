import { z } from 'zod';
import { searchResultsSchema } from '../search';

export const searchMethods = {
  /**
   * Words and phrases ("quoted"), with prefix search (word*), across the text, highlights and
   * notes of the library (not the Trash); results grouped by document.
   */
  'search.query': {
    input: z
      .object({
        query: z.string().max(500, 'A search can be at most 500 characters.'),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: searchResultsSchema,
  },
} as const;
