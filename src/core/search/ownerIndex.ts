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
 * The owners of every note and highlight, kept in memory: mapping thousands of matching rowids
 * here takes a fraction of a millisecond, where joining them to their documents in SQL took most
 * of the search's time (bench/scenarios/search.ts). After a write, only the owner rows changed
 * since the last read are read (search_owners, migration 14), and the Trash again (a few rows
 * by its index). A removed row's entry stays, harmless: no match can name it until its rowid is
 * used again, which writes a new owner row.
 */
export const createOwnerIndex = (repository: SearchRepository): (() => OwnerIndex) => {
  let stamp = '';
  let lastChange = 0;
  let index = emptyIndex();
  return () => {
    const current = repository.changeStamp();
    if (current === stamp) return index;
    if (repository.lastOwnerChange() < lastChange) {
      // The table was made afresh (another library file in this one's place): read it all.
      lastChange = 0;
      index = emptyIndex();
    }
    // Read in the search's snapshot: nothing changes between these statements.
    for (const [kind, column] of [
      [ownerKinds.note, index.noteDocument],
      [ownerKinds.highlight, index.highlightDocument],
    ] as const) {
      const { keys, documentSeqs } = repository.ownerChangesAfter(kind, lastChange);
      for (let row = 0; row < keys.length; row += 1) {
        const documentSeq = documentSeqs[row] ?? 0;
        column.set(keys[row] ?? 0, documentSeq);
        if (documentSeq > index.lastDocument) index.lastDocument = documentSeq;
      }
    }
    lastChange = Math.max(lastChange, repository.lastChange());
    index.trashed = new Set(repository.trashed());
    stamp = current;
    return index;
  };
};
