import type { HighlightColor } from '../../../shared/annotations';
import type { Span } from '../../../shared/span';

export type ClippingKind = 'highlight' | 'note' | 'bookmark';

/** One entry as a format's parser reads it, before books are put together (books.ts). */
export interface RawClipping {
  title: string;
  author: string | null;
  kind: ClippingKind;
  /** The quote of a highlight, the text of a note, empty for a bookmark. */
  text: string;
  /** A note the format attaches to the highlight itself (KOReader, Readwise). */
  note?: string | null;
  page: string | null;
  location: Span | null;
  addedAt: string | null;
  color?: HighlightColor;
  tags?: string[];
}
