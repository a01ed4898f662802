/**
 * Phrase gazetteer: lowercase token sequences ("new york", "south korea") with a bit mask of
 * categories. The tagger never trusts it directly; matches become features whose weights the
 * model learned.
 */
import { WordClusters } from './clusters';
import { SortedLines } from './sortedLines';
import { foldToken, normalizeToken } from './normalize';
import { tokenize } from './tokenize';

export const gazetteerCategories = [
  'country',
  'demonym',
  'capital',
  'city-1m',
  'city-100k',
  'city-15k',
  'region',
  'first-name',
  'last-name',
  'person',
  'organization',
  'sports-team',
  'honorific',
  'role',
  'common-word',
  'org-word',
  'place-word',
] as const;
export type GazetteerCategory = (typeof gazetteerCategories)[number];

/** The longest phrase, in tokens, the matcher tries. */
const maxPhraseTokens = 6;

/** Folds a phrase the way the tagger folds tokens, so both meet in one key. */
export const phraseKey = (phrase: string): string =>
  tokenize(phrase)
    .map((token) => foldToken(normalizeToken(token.text)))
    .join(' ');

/** Set on a key that begins a longer phrase, so matching goes on past it. */
const continues = 1 << 30;
const categoryBits = continues - 1;
/** Shared by every token no phrase covers, so matching a sentence allocates little. */
const noHits: number[] = [];

export class Gazetteer {
  /** Phrase -> category mask, plus `continues`; proper prefixes of phrases are keys too. */
  private readonly phrases = new Map<string, number>();
  /**
   * The same, as read from a model: "key<TAB>mask" lines searched in place (sortedLines.ts).
   * Building the map of its 49,400 keys cost every start of the tagger about 60 ms of CPU
   * in one profile at load 10.
   */
  private readonly lines: SortedLines | undefined;
  /** Word clusters shipped with the phrases: the other word-level resource the features read. */
  clusters = new WordClusters();

  constructor(entries: Iterable<[string, number]>, lines?: SortedLines) {
    this.lines = lines;
    for (const [key, mask] of entries) {
      this.phrases.set(key, (this.phrases.get(key) ?? 0) | mask);
      for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
        const prefix = key.slice(0, space);
        this.phrases.set(prefix, (this.phrases.get(prefix) ?? 0) | continues);
      }
    }
  }

  /** Phrases with at least one category (prefix-only keys are not counted). */
  get size(): number {
    let count = 0;
    for (const [, value] of this.entries()) if ((value & categoryBits) !== 0) count += 1;
    return count;
  }

  private *entries(): Generator<[string, number]> {
    if (!this.lines) yield* this.phrases;
    else for (const [key, value] of this.lines.entries()) yield [key, Number(value)];
  }

  private phrase(key: string): number | undefined {
    if (!this.lines) return this.phrases.get(key);
    const value = this.lines.get(key);
    return value === undefined ? undefined : Number(value);
  }

  /**
   * Reads `serialize`'s output (sorted "key<TAB>value" lines, prefixes included) in place,
   * without building a map.
   */
  static parse(text: string): Gazetteer {
    return new Gazetteer([], new SortedLines(text));
  }

  serialize(): string {
    return [...this.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([key, value]) => `${key}\t${value}`)
      .join('\n');
  }

  /** The value stored for one folded word: its categories and `continues`; 0 when none. */
  valueOf(key: string): number {
    return this.phrase(key) ?? 0;
  }

  /**
   * For each token, the (category, position) pairs of every phrase that covers it, packed as
   * `category * 4 + position` (0 begin, 1 inside, 2 last, 3 unit). `wordValue(i)` may give
   * token i's `valueOf` already known (the tagger keeps it per word), saving the look-up.
   */
  match(folded: readonly string[], wordValue?: (i: number) => number): number[][] {
    const hits: number[][] = new Array<number[]>(folded.length).fill(noHits);
    for (let first = 0; first < folded.length; first += 1) {
      const single = wordValue ? wordValue(first) : this.valueOf(folded[first] ?? '');
      if (single === 0) continue;
      if ((single & categoryBits) !== 0) this.mark(hits, first, first + 1, single & categoryBits);
      if ((single & continues) === 0) continue;
      let key = folded[first] ?? '';
      for (let end = first + 2; end <= Math.min(folded.length, first + maxPhraseTokens); end += 1) {
        key = `${key} ${folded[end - 1] ?? ''}`;
        const value = this.phrase(key);
        if (value === undefined) break;
        if ((value & categoryBits) !== 0) this.mark(hits, first, end, value & categoryBits);
        if ((value & continues) === 0) break;
      }
    }
    return hits;
  }

  private mark(hits: number[][], first: number, end: number, mask: number): void {
    for (let category = 0; category < gazetteerCategories.length; category += 1) {
      if ((mask & (1 << category)) === 0) continue;
      for (let i = first; i < end; i += 1) {
        const position = end - first === 1 ? 3 : i === first ? 0 : i === end - 1 ? 2 : 1;
        if (hits[i] === noHits) hits[i] = [];
        hits[i]?.push(category * 4 + position);
      }
    }
  }
}
