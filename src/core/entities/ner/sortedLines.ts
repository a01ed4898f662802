/**
 * "key<TAB>value" lines sorted by key (in UTF-16 code unit order, as JavaScript compares
 * strings), searched in place. Loading a model then builds no map of its 100,000 words: the
 * lines' starts are found in one scan and each look-up is a binary search.
 */
const tab = 9;
const newline = 10;

export class SortedLines {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
    this.starts = new Int32Array(count);
    let line = 0;
    let at = 0;
    while (line < count) {
      this.starts[line] = at;
      line += 1;
      at = text.indexOf('\n', at) + 1;
    }
  }

  get size(): number {
    return this.starts.length;
  }

  /** Negative, zero or positive as `key` sorts before, as or after line `line`'s key. */
  private compare(key: string, line: number): number {
    const start = this.starts[line] ?? 0;
    for (let i = 0; ; i += 1) {
      const inKey = i < key.length ? key.charCodeAt(i) : -1;
      const code = start + i < this.text.length ? this.text.charCodeAt(start + i) : newline;
      const inLine = code === tab || code === newline ? -1 : code;
      if (inKey !== inLine || inKey === -1) return inKey - inLine;
    }
  }

  /** The value on the line of `key`, or undefined when no line has it. */
  get(key: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = this.compare(key, middle);
      if (order === 0) {
        const start = (this.starts[middle] ?? 0) + key.length + 1;
        const end = this.text.indexOf('\n', start);
        return this.text.slice(start, end < 0 ? this.text.length : end);
      }
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }

  /** Every line as [key, value], in order. */
  *entries(): Generator<[string, string]> {
    for (const line of this.text === '' ? [] : this.text.split('\n')) {
      const at = line.indexOf('\t');
      yield [line.slice(0, at), line.slice(at + 1)];
    }
  }
}
