/**
 * Two token sequences with every token replaced by a small integer, the same for equal tokens
 * (counting up from 0): comparing, counting and indexing them is then cheap, where strings would
 * be hashed again at each step.
 */
export interface TokenIds {
  a: Int32Array;
  b: Int32Array;
  /** How many different tokens the two hold: every id is below it. */
  distinct: number;
}

export const tokenIds = (a: readonly string[], b: readonly string[]): TokenIds => {
  const table = new Map<string, number>();
  const idsOf = (tokens: readonly string[]): Int32Array => {
    const ids = new Int32Array(tokens.length);
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] ?? '';
      let id = table.get(token);
      if (id === undefined) {
        id = table.size;
        table.set(token, id);
      }
      ids[index] = id;
    }
    return ids;
  };
  return { a: idsOf(a), b: idsOf(b), distinct: table.size };
};

/** How many times each id occurs in `ids`. */
export const idCounts = (ids: Int32Array, distinct: number): Int32Array => {
  const counts = new Int32Array(distinct);
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
};
