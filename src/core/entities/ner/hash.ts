/**
 * 32-bit hashing for feature keys. Features are never stored as strings: a template id is mixed
 * with hashes of the token strings it reads, so extraction allocates almost nothing.
 */

/** FNV-1a over the UTF-16 code units of `text.slice(from, to)`. */
export const hashRange = (text: string, from: number, to: number): number => {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

export const hashString = (text: string): number => hashRange(text, 0, text.length);

/** Combines two 32-bit values (murmur3's finaliser over a multiply-xor). */
export const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
};

export const mix3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);
