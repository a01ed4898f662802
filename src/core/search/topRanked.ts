/**
 * The `limit` first of `items` in the order `before` (a strict, total order), first first,
 * without sorting them all: a common word matches thousands of documents, of which a search
 * shows twenty. Each item costs one comparison unless it belongs among the first.
 */
export const topRanked = <T>(
  items: Iterable<T>,
  limit: number,
  before: (a: T, b: T) => boolean,
): T[] => {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length === limit && last !== undefined && !before(item, last)) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(item, top[middle] as T)) high = middle;
      else low = middle + 1;
    }
    top.splice(low, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
};
