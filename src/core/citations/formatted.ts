import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CSL } from '@citation-js/core';
import type { Store } from '../db/store';
import type { PiecedItem } from './bibliography';
import { bibliographyPieces, type BibliographyPiece } from './bibliographyPieces';
import { assembleInWorker } from './bibliographyWorker';
import { formatBibliography, styleFingerprint, type StyledText } from './citationJs';
import { createFormattedRepository, type FormattedRow } from './formattedRepository';

/** A document's reference as citation-js reads it (the citekey is the item's id). */
export interface CitedItem {
  documentId: string;
  item: CSL;
}

/**
 * Bibliography pieces are kept beside the plain entries, under the style's name and this
 * suffix (a style's name has no spaces), their piece as JSON.
 */
export const piecesStyle = (style: string): string => `${style} bibliography`;

/** A kept piece read back: JSON wrote citeproc's missing sort keys as null. */
const readPiece = (json: string): BibliographyPiece | undefined => {
  try {
    const piece = JSON.parse(json) as BibliographyPiece & { sortKeys: (string | null)[] };
    return { ...piece, sortKeys: piece.sortKeys.map((key) => key ?? undefined) };
  } catch {
    return undefined;
  }
};

/** Formatted references saved in one transaction: each commit is a disk sync. */
const savedPerCommit = 500;

/**
 * Each document's reference formatted alone in a style (one bibliography entry, plain text),
 * kept in `formatted_references` with a digest of the item and the style it was formatted from.
 * citeproc costs about 2.5 ms a reference: formatted when first asked for (an export, `gloss
 * cite`) and again only once the reference or the style changes, an export of 10,000
 * references reads them instead of formatting them all again. Not formatted by the import
 * itself (the first reference of a process costs citeproc seconds, which every `gloss import`
 * would pay) but by the app while it is idle (warm.ts). Beside each entry, its bibliography
 * piece (`pieces`), from which index.md's bibliography is assembled (bibliography.ts).
 */
export const createFormattedReferences = (db: Database.Database, store: Store) => {
  const repository = createFormattedRepository(db);
  const styleDigests = new Map<string, string>();

  const sourceOf = (item: CSL, style: string): string => {
    let styleDigest = styleDigests.get(style);
    if (styleDigest === undefined) {
      styleDigest = createHash('sha256').update(styleFingerprint(style)).digest('hex');
      styleDigests.set(style, styleDigest);
    }
    return createHash('sha256')
      .update(`${styleDigest}\n${JSON.stringify(item)}`)
      .digest('hex');
  };

  const format = (item: CSL, style: string): string => formatBibliography([item], style)[0] ?? '';

  const save = (style: string, made: readonly FormattedRow[]): void => {
    for (let from = 0; from < made.length; from += savedPerCommit) {
      store.write(() => {
        for (const row of made.slice(from, from + savedPerCommit)) repository.save(style, row);
      });
    }
  };

  /** The kept piece of each item (undefined where it has none or it is stale), with digests. */
  const keptPieces = (items: readonly CitedItem[], style: string) => {
    const kind = piecesStyle(style);
    const sources = items.map(({ item }) => sourceOf(item, style));
    const pieces = items.map(({ documentId }, index): BibliographyPiece | undefined => {
      const kept = repository.find(documentId, kind);
      return kept && kept.source === sources[index] ? readPiece(kept.entry) : undefined;
    });
    const missing = items.flatMap((cited, index) => (pieces[index] ? [] : [index]));
    return { sources, pieces, missing };
  };

  /** Keeps the pieces `made` for the items at the indexes `missing`. */
  const savePieces = (
    style: string,
    items: readonly CitedItem[],
    sources: readonly string[],
    missing: readonly number[],
    made: readonly BibliographyPiece[],
  ): void =>
    save(
      piecesStyle(style),
      missing.map((index, at) => ({
        documentId: (items[index] as CitedItem).documentId,
        source: sources[index] as string,
        entry: JSON.stringify(made[at]),
      })),
    );

  return {
    /**
     * The entry of each item in `style`, by document id (an empty string where the style prints
     * nothing): the kept ones read, the others formatted and kept.
     */
    entries: (items: readonly CitedItem[], style: string): Map<string, string> => {
      const entries = new Map<string, string>();
      const made: Array<{ documentId: string; source: string; entry: string }> = [];
      for (const { documentId, item } of items) {
        const source = sourceOf(item, style);
        const kept = repository.find(documentId, style);
        const entry = kept?.source === source ? kept.entry : format(item, style);
        if (kept?.source !== source) made.push({ documentId, source, entry });
        entries.set(documentId, entry);
      }
      save(style, made);
      return entries;
    },

    /**
     * Each item's bibliography piece in `style` (see bibliographyPieces.ts), in the order
     * given: the kept ones read, the others formatted (all in one citeproc pass) and kept.
     */
    pieces: (items: readonly CitedItem[], style: string): PiecedItem[] => {
      const { sources, pieces, missing } = keptPieces(items, style);
      const made = bibliographyPieces(
        missing.map((index) => (items[index] as CitedItem).item),
        style,
      );
      for (const [at, index] of missing.entries()) pieces[index] = made[at];
      savePieces(style, items, sources, missing, made);
      return items.map(({ item }, index) => ({ item, piece: pieces[index] as BibliographyPiece }));
    },

    /**
     * The bibliography of `items` in `style` (`assembledBibliography` of their pieces), put
     * together in a worker thread (bibliographyWorker.ts); the pieces it had to make are kept.
     */
    bibliography: async (items: readonly CitedItem[], style: string): Promise<StyledText[][]> => {
      const { sources, pieces, missing } = keptPieces(items, style);
      const assembled = await assembleInWorker(
        items.map(({ item }) => item),
        pieces.map((piece) => piece ?? null),
        style,
      );
      savePieces(style, items, sources, missing, assembled.made);
      return assembled.entries;
    },
  };
};

export type FormattedReferences = ReturnType<typeof createFormattedReferences>;
