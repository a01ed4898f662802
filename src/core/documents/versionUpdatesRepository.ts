import type Database from 'better-sqlite3';
import { z } from 'zod';
import { anchorStatuses, type Highlight } from '../../shared/annotations';
import { textQuoteSelectorSchema } from '../../shared/anchoring/selectors';
import { placementOf } from '../annotations/ranges';

/**
 * Where a highlight sat before an update: what undoing it puts back. Colour, tags and the rest
 * are left as they are at the undo (a recolour made since stays).
 */
export type HighlightPlace = Pick<
  Highlight,
  'id' | 'start' | 'end' | 'quote' | 'status' | 'editedFrom' | 'updatedAt'
>;

/** What an update replaced: the version current before it and where the highlights were. */
export interface VersionUpdate {
  documentId: string;
  /** The version the update made current. */
  version: number;
  replacedVersion: number;
  highlights: HighlightPlace[];
}

interface UpdateRow {
  documentId: string;
  version: number;
  replacedVersion: number;
  highlights: string;
}

/*
 * A place is stored without its quote when the quote is what the replaced text reads there
 * (almost every highlight): the quote is then taken again from that text on undo. A 1 MB text's
 * 2,000 quotes with their context made the record most of a megabyte, written in every update.
 * Rows written before hold whole highlights, quote included, and read as they are.
 */
const storedPlaceSchema = z.object({
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: textQuoteSelectorSchema.optional(),
  status: z.enum(anchorStatuses),
  editedFrom: z.string().min(1).nullable().default(null),
  updatedAt: z.string(),
});
const storedPlaces = z.array(storedPlaceSchema);

const sameQuote = (a: Highlight['quote'], b: Highlight['quote']): boolean =>
  a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

/** The quote the text reads at the place, if the place fits in it (an orphan's may not). */
const quoteAt = (body: string, start: number, end: number): Highlight['quote'] | undefined =>
  start < end && end <= body.length ? placementOf(body, start, end).quote : undefined;

/** The SQL of `version_updates` (migration 7): what undoing an update puts back. */
export const createVersionUpdatesRepository = (db: Database.Database) => {
  const statements = {
    insert: db.prepare<[UpdateRow]>(
      `INSERT OR REPLACE INTO version_updates (document_id, version, replaced_version, highlights)
       VALUES (@documentId, @version, @replacedVersion, @highlights)`,
    ),
    replacedVersion: db
      .prepare<[string, number], number>(
        `SELECT replaced_version FROM version_updates WHERE document_id = ? AND version = ?`,
      )
      .pluck(),
    find: db.prepare<[string, number], UpdateRow>(
      `SELECT document_id AS documentId, version, replaced_version AS replacedVersion, highlights
       FROM version_updates WHERE document_id = ? AND version = ?`,
    ),
    remove: db.prepare<[string, number]>(
      `DELETE FROM version_updates WHERE document_id = ? AND version = ?`,
    ),
  };
  return {
    /** `replacedBody` is the text of the replaced version, where the highlights were. */
    insert: (update: VersionUpdate, replacedBody: string): void => {
      const places = update.highlights.map(({ id, start, end, quote, status, ...rest }) => {
        const { editedFrom, updatedAt } = rest;
        const read = quoteAt(replacedBody, start, end);
        const place = { id, start, end, status, editedFrom, updatedAt };
        return read && sameQuote(read, quote) ? place : { ...place, quote };
      });
      statements.insert.run({ ...update, highlights: JSON.stringify(places) });
    },
    /**
     * The update that made `version` current, if it can still be undone; `replacedBody` is the
     * text of the version it replaced.
     */
    find: (documentId: string, version: number, replacedBody: string) => {
      const row = statements.find.get(documentId, version);
      if (!row) return undefined;
      const highlights = storedPlaces.parse(JSON.parse(row.highlights)).map((place) => {
        const quote = place.quote ?? quoteAt(replacedBody, place.start, place.end);
        if (!quote) throw new Error(`The record of highlight ${place.id} lost its quote`);
        return { ...place, quote };
      });
      return { ...row, highlights };
    },
    /** The version the update that made `version` current replaced, if it can be undone. */
    replacedVersion: (documentId: string, version: number): number | undefined =>
      statements.replacedVersion.get(documentId, version),
    remove: (documentId: string, version: number): void => {
      statements.remove.run(documentId, version);
    },
  };
};

export type VersionUpdatesRepository = ReturnType<typeof createVersionUpdatesRepository>;
