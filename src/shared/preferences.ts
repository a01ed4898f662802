import { z } from 'zod';

/** How the library list can be ordered. */
export const librarySortKeys = ['title', 'added', 'opened'] as const;
export type LibrarySortKey = (typeof librarySortKeys)[number];

/**
 * Choices the user makes once and expects back on the next start, in every shell. Kept in the
 * library's database: browser mode runs on a new port (a new origin) each launch, so the
 * browser's own storage would forget them.
 */
export const preferencesSchema = z.object({
  librarySort: z.enum(librarySortKeys),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = { librarySort: 'added' };
