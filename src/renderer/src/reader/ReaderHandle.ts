/** What the reader lets the rest of the window do to it. */
export interface ReaderHandle {
  /** Scrolls the block at this index (into the document's blocks) to the top of the reader. */
  scrollToBlock(blockIndex: number): void;
}
