/**
 * Word clusters: each common word's cluster in a three-level tree (16 x 16 x 16 leaves), built
 * at training time from word vectors (train/clusters.ts) and shipped in the model. Words of one
 * cluster are used alike ("monday" and "tuesday", "reuters" and "afp"), so a name the training
 * data never showed still shares features with ones it did. Ids are 12 bits, the top four the
 * first level; features read prefixes of 4, 8 and 12 bits, as with Brown clusters.
 */
import { SortedLines } from './sortedLines';

export const clusterLevels = 3;
export const clusterBranching = 16;

/** The clusters as built at training time (a map) or as read from a model (sorted lines). */
export class WordClusters {
  private readonly lines: SortedLines | undefined;

  constructor(
    private readonly ids: ReadonlyMap<string, number> = new Map(),
    lines?: SortedLines,
  ) {
    this.lines = lines;
  }

  get size(): number {
    return this.lines?.size ?? this.ids.size;
  }

  /** The cluster of a folded token (lowercase, digits as 0), or -1 when it has none. */
  of(folded: string): number {
    if (!this.lines) return this.ids.get(folded) ?? -1;
    const id = this.lines.get(folded);
    return id === undefined ? -1 : Number(id);
  }

  /** "word<TAB>id" lines, sorted by word, so the same clusters give the same bytes. */
  serialize(): string {
    const entries = this.lines
      ? [...this.lines.entries()].map(([word, id]): [string, number] => [word, Number(id)])
      : [...this.ids];
    return entries
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([word, id]) => `${word}\t${id}`)
      .join('\n');
  }

  /** Reads `serialize`'s output in place, without building a map (see sortedLines.ts). */
  static parse(text: string): WordClusters {
    return new WordClusters(new Map(), new SortedLines(text));
  }
}
