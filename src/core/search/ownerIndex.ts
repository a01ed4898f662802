import { ownerKinds, type SearchRepository } from './repository';

/**
 * documents.seq by row number (notes.seq or a highlights_fts rowid), 0 for none: a typed array
 * where a Map took 7 to 10 ms to count a common tag's 18,000 matches at 10,000 documents.
 * Rowids are handed out as the largest plus one, so the array stays about as long as the table.
 */
export class OwnerColumn {
  private owners = new Int32Array(1024);

  /** The owner of `rowid`, or 0 when none is known. */
  get(rowid: number): number {
    return rowid < this.owners.length ? (this.owners[rowid] ?? 0) : 0;
  }

  set(rowid: number, documentSeq: number): void {
    if (rowid >= this.owners.length) {
      const grown = new Int32Array(Math.max(rowid + 1, this.owners.length * 2));
      grown.set(this.owners);
      this.owners = grown;
    }
    this.owners[rowid] = documentSeq;
  }
}

/**
 * Which document (documents.seq) owns each note and highlights_fts row, and what is in the
 * Trash, as of the last read.
 */
export interface OwnerIndex {
  noteDocument: OwnerColumn;
  highlightDocument: OwnerColumn;
  /** The largest documents.seq among the owners. */
  lastDocument: number;
  /** documents.seq of the documents in the Trash. */
  trashed: Set<number>;
}

const emptyIndex = (): OwnerIndex => ({
  noteDocument: new OwnerColumn(),
  highlightDocument: new OwnerColumn(),
  lastDocument: 0,
  trashed: new Set(),
});

/**
 * Up to this many matching notes and highlights, a search made before the whole index is in
 * memory looks their owners up by key (search_owners' (kind, key) index, about a microsecond
 * each once its pages are read); past it, the search reads the rest of the index first (72,000
 * rows at 10,000 documents: 30 to 40 ms of CPU).
 */
export const maxLookedUp = 4000;

/**
 * Owner rows read per slice in the background (of each kind at most): a few milliseconds, so a
 * request arriving meanwhile waits no longer than that.
 */
export const changesPerSlice = 5000;

/** The owners of a search's matches: notes.seq and highlights_fts rowids. */
export type OwnersOf = (
  noteRowids: readonly number[],
  highlightRowids: readonly number[],
) => OwnerIndex;

export interface OwnerIndexReader {
  ownersOf: OwnersOf;
  /**
   * Reads the next slice of the index (at most `changesPerSlice` owner changes), in the
   * caller's read transaction; true once the whole index is in memory.
   */
  readSlice: () => boolean;
  /** Whether the whole index is in memory (it may still have writes to catch up on). */
  complete: () => boolean;
}

/**
 * Which document owns each note and highlight, for ranking a search's matches (issue 21).
 *
 * In memory, mapping thousands of matching rowids takes a fraction of a millisecond, where
 * joining them to their documents in SQL took most of the search's time
 * (bench/scenarios/search.ts); but reading the whole index costs 30 to 40 ms of CPU at 10,000
 * documents, too much before the first answer of a freshly opened library. So until it is all
 * read (in slices, between requests: search/backgroundReader.ts), a search matching few notes and
 * highlights looks up only their owners, by key.
 *
 * The index is read in the order of change (search_owners, migration 14): after a slice or a
 * write, only the rows changed since the last read are read, and the Trash again (a few rows
 * by its index). A removed row's entry stays, harmless: no match can name it until its rowid
 * is used again, which writes a new owner row, read in its turn.
 */
export const createOwnerIndex = (
  repository: SearchRepository,
  lookUpTo = maxLookedUp,
  perSlice = changesPerSlice,
): OwnerIndexReader => {
  let stamp = '';
  let lastChange = 0;
  let index = emptyIndex();
  let complete = false;

  /** Reads the owner rows changed after `lastChange`, up to `upTo`. */
  const readChanges = (upTo: number): void => {
    if (repository.lastOwnerChange() < lastChange) {
      // The table was made afresh (another library file in this one's place): read it all.
      lastChange = 0;
      index = emptyIndex();
    }
    for (const [kind, column] of [
      [ownerKinds.note, index.noteDocument],
      [ownerKinds.highlight, index.highlightDocument],
    ] as const) {
      const { keys, documentSeqs } = repository.ownerChangesAfter(kind, lastChange, upTo);
      for (let row = 0; row < keys.length; row += 1) {
        const documentSeq = documentSeqs[row] ?? 0;
        column.set(keys[row] ?? 0, documentSeq);
        if (documentSeq > index.lastDocument) index.lastDocument = documentSeq;
      }
    }
  };

  /** The whole index, up to date; read in the search's snapshot. */
  const current = (): OwnerIndex => {
    const now = repository.changeStamp();
    if (complete && now === stamp) return index;
    readChanges(Number.MAX_SAFE_INTEGER);
    lastChange = Math.max(lastChange, repository.lastChange());
    index.trashed = new Set(repository.trashed());
    stamp = now;
    complete = true;
    return index;
  };

  /** Only the owners of these matches, by key. */
  const lookedUp = (noteRowids: readonly number[], highlightRowids: readonly number[]) => {
    const found = emptyIndex();
    for (const [kind, rowids, column] of [
      [ownerKinds.note, noteRowids, found.noteDocument],
      [ownerKinds.highlight, highlightRowids, found.highlightDocument],
    ] as const) {
      if (rowids.length === 0) continue;
      for (const [key, documentSeq] of repository.ownersOf(kind, rowids)) {
        column.set(key, documentSeq);
        if (documentSeq > found.lastDocument) found.lastDocument = documentSeq;
      }
    }
    found.trashed = new Set(repository.trashed());
    return found;
  };

  return {
    ownersOf: (noteRowids, highlightRowids) =>
      !complete && noteRowids.length + highlightRowids.length <= lookUpTo
        ? lookedUp(noteRowids, highlightRowids)
        : current(),
    readSlice: () => {
      if (complete) return true;
      const last = repository.lastChange();
      if (last - lastChange <= perSlice) {
        current();
        return true;
      }
      const upTo = lastChange + perSlice;
      readChanges(upTo);
      lastChange = upTo;
      return false;
    },
    complete: () => complete,
  };
};
