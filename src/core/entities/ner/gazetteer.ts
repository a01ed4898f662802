/**
 * Phrase gazetteer: lowercase token sequences ("new york", "south korea") with a bit mask of
 * categories. The tagger never trusts it directly; matches become features whose weights the
 * model learned.
 */
import { WordClusters } from './clusters';
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

export class Gazetteer {
  /** Phrase -> category mask, plus `continues`; proper prefixes of phrases are keys too. */
  private readonly phrases = new Map<string, number>();
  /** Word clusters shipped with the phrases: the other word-level resource the features read. */
  clusters = new WordClusters();

  constructor(entries: Iterable<[string, number]>) {
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
    for (const value of this.phrases.values()) if ((value & categoryBits) !== 0) count += 1;
    return count;
  }

  /** Reads `serialize`'s output: "key<TAB>value" lines, prefixes included, so no slicing here. */
  static parse(text: string): Gazetteer {
    const gazetteer = new Gazetteer([]);
    const fields = text.split(/[\t\n]/u);
    for (let i = 0; i + 1 < fields.length; i += 2) {
      gazetteer.phrases.set(fields[i] ?? '', Number(fields[i + 1]));
    }
    return gazetteer;
  }

  serialize(): string {
    return [...this.phrases]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([key, value]) => `${key}\t${value}`)
      .join('\n');
  }

  /**
   * For each token, the (category, position) pairs of every phrase that covers it, packed as
   * `category * 4 + position` (0 begin, 1 inside, 2 last, 3 unit).
   */
  match(folded: readonly string[]): number[][] {
    const hits: number[][] = folded.map(() => []);
    for (let first = 0; first < folded.length; first += 1) {
      let key = '';
      for (let end = first + 1; end <= Math.min(folded.length, first + maxPhraseTokens); end += 1) {
        key = end === first + 1 ? (folded[first] ?? '') : `${key} ${folded[end - 1] ?? ''}`;
        const value = this.phrases.get(key);
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
        hits[i]?.push(category * 4 + position);
      }
    }
  }
}
