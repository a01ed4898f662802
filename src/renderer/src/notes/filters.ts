import type { Highlight, HighlightColor, Note } from '../../../shared/annotations';

/** What the Notes panel shows: no colour chosen means every colour; no tag means any tag. */
export interface NoteFilters {
  colors: readonly HighlightColor[];
  tag: string | null;
}

export const noFilters: NoteFilters = { colors: [], tag: null };

export const isFiltering = (filters: NoteFilters): boolean =>
  filters.colors.length > 0 || filters.tag !== null;

/** Adds the colour to the filter, or takes it out if it is there. */
export const toggleColor = (filters: NoteFilters, color: HighlightColor): NoteFilters => ({
  ...filters,
  colors: filters.colors.includes(color)
    ? filters.colors.filter((item) => item !== color)
    : [...filters.colors, color],
});

/** A highlight's tags and its note's, without repeats: either place counts for the tag filter. */
export const tagsOf = (highlight: Highlight, note: Note | undefined): string[] => [
  ...new Set([...highlight.tags, ...(note?.tags ?? [])]),
];

/** Every tag in use in the document, sorted for a stable menu. */
export const tagsInUse = (highlights: readonly Highlight[], notes: readonly Note[]): string[] =>
  [...new Set([...highlights.flatMap((item) => item.tags), ...notes.flatMap((n) => n.tags)])].sort(
    (a, b) => a.localeCompare(b),
  );

export const highlightMatches = (
  filters: NoteFilters,
  highlight: Highlight,
  note: Note | undefined,
): boolean =>
  (filters.colors.length === 0 || filters.colors.includes(highlight.color)) &&
  (filters.tag === null || tagsOf(highlight, note).includes(filters.tag));

/** Document notes have no colour, so any colour filter hides them. */
export const documentNoteMatches = (filters: NoteFilters, note: Note): boolean =>
  filters.colors.length === 0 && (filters.tag === null || note.tags.includes(filters.tag));

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** "12 highlights · 3 notes", or "4 of 12 highlights · 1 of 3 notes" while filtering. */
export const countText = (
  shown: { highlights: number; notes: number },
  total: { highlights: number; notes: number },
): string => {
  const part = (count: number, all: number, one: string, many: string) =>
    count === all ? plural(all, one, many) : `${count} of ${plural(all, one, many)}`;
  return `${part(shown.highlights, total.highlights, 'highlight', 'highlights')} · ${part(
    shown.notes,
    total.notes,
    'note',
    'notes',
  )}`;
};
