/**
 * Word clusters: each common word's cluster in a three-level tree (16 x 16 x 16 leaves), built
 * at training time from word vectors (train/clusters.ts) and shipped in the model. Words of one
 * cluster are used alike ("monday" and "tuesday", "reuters" and "afp"), so a name the training
 * data never showed still shares features with ones it did. Ids are 12 bits, the top four the
 * first level; features read prefixes of 4, 8 and 12 bits, as with Brown clusters.
 */
export const clusterLevels = 3;
export const clusterBranching = 16;

export class WordClusters {
  constructor(private readonly ids: ReadonlyMap<string, number> = new Map()) {}

  get size(): number {
    return this.ids.size;
  }

  /** The cluster of a folded token (lowercase, digits as 0), or -1 when it has none. */
  of(folded: string): number {
    return this.ids.get(folded) ?? -1;
  }

  /** "word<TAB>id" lines, sorted by word, so the same clusters give the same bytes. */
  serialize(): string {
    return [...this.ids]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([word, id]) => `${word}\t${id}`)
      .join('\n');
  }

  static parse(text: string): WordClusters {
    const ids = new Map<string, number>();
    if (text === '') return new WordClusters(ids);
    for (const line of text.split('\n')) {
      const tab = line.lastIndexOf('\t');
      ids.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return new WordClusters(ids);
  }
}
