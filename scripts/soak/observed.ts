import type { Highlight, Note } from '../../src/shared/annotations';
import type { Entity } from '../../src/shared/entities';
import type { DocumentSummary } from '../../src/shared/model';

/** What a restarted core answers about the library, read through the contract. */
export interface Observed {
  library: Map<string, DocumentSummary>;
  trash: Set<string>;
  /** The canonical text of each document in the library. */
  texts: Map<string, string>;
  /** Highlights and notes of the documents in the library. */
  highlights: Map<string, Highlight>;
  notes: Map<string, Note>;
  /** The entities the model has corrections for, and the one a lost call was correcting. */
  entities: Map<string, Entity>;
}

/** A lost call that left part of its work behind: the soak fails with this. */
export class HalfThere extends Error {}
