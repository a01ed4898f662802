import fc from 'fast-check';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { FuzzInput } from './seeds';

/*
 * fast-check arbitraries of hostile files: random bytes under every extension Gloss imports,
 * and the seeds truncated, bit-flipped, overwritten, cut and repeated. An EPUB is also mutated
 * inside its archive (one entry changed, then zipped again), so the XML and XHTML parsers see
 * broken input, not only the zip reader.
 */

const extensions = ['.txt', '.md', '.html', '.htm', '.pdf', '.epub', '.markdown', '.TXT'];

type Mutation = (bytes: Uint8Array) => Uint8Array;

const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map(
  (share): Mutation =>
    (bytes) =>
      bytes.slice(0, Math.floor(bytes.length * share)),
);

const bitFlips = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.nat(7)), {
    minLength: 1,
    maxLength: 64,
  })
  .map((flips): Mutation => (bytes) => {
    const copy = bytes.slice();
    for (const [share, bit] of flips) {
      const at = Math.floor(copy.length * share);
      if (at < copy.length) copy[at] = (copy[at] ?? 0) ^ (1 << bit);
    }
    return copy;
  });

const overwrite = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.uint8Array({ minLength: 1, maxLength: 256 }),
  )
  .map(([share, junk]): Mutation => (bytes) => {
    const copy = bytes.slice();
    copy.set(
      junk.subarray(0, Math.max(0, copy.length - Math.floor(copy.length * share))),
      Math.floor(copy.length * share),
    );
    return copy;
  });

/** Repeats stop growing a file past this: over the import limit (20 MB), never far over it. */
const maxGrownBytes = 24 * 1024 * 1024;

/** A slice of the file cut out, or repeated `times` times in place. */
const cutOrRepeat = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 0, max: 50 }),
  )
  .map(([from, to, times]): Mutation => (bytes) => {
    const [start, end] = [from, to]
      .map((share) => Math.floor(bytes.length * share))
      .sort((a, b) => a - b) as [number, number];
    const slice = bytes.subarray(start, end);
    const room = Math.max(0, maxGrownBytes - bytes.length);
    const copies = Math.min(times, Math.floor(room / Math.max(1, slice.length)));
    return Buffer.concat([
      bytes.subarray(0, start),
      ...Array<Uint8Array>(copies).fill(slice),
      bytes.subarray(end),
    ]);
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(truncate, bitFlips, overwrite, cutOrRepeat);

/** Several mutations in a row: a file damaged in more than one place. */
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 }).map(
  (steps): Mutation =>
    (bytes) =>
      steps.reduce((current, step) => step(current), bytes),
);

/** An EPUB whose archive is sound and one of whose files is damaged. */
const insideArchive = (book: Uint8Array) =>
  fc.tuple(fc.nat(), mutations).map(([pick, damage]) => {
    const files: Zippable = unzipSync(book);
    const names = Object.keys(files).filter((name) => name !== 'mimetype');
    const target = names[pick % names.length] ?? 'mimetype';
    files[target] = damage(files[target] as Uint8Array);
    return zipSync(files);
  });

const mutatedSeed = (seed: FuzzInput): fc.Arbitrary<FuzzInput> => {
  const damaged = mutations.map((damage) => damage(seed.bytes));
  const bytes = seed.name.endsWith('.epub')
    ? fc.oneof(damaged, insideArchive(seed.bytes))
    : damaged;
  return bytes.map((mutated) => ({
    family: `mutated ${seed.family}`,
    name: seed.name,
    bytes: mutated,
  }));
};

const randomBytes: fc.Arbitrary<FuzzInput> = fc
  .tuple(fc.constantFrom(...extensions), fc.uint8Array({ maxLength: 64 * 1024 }))
  .map(([extension, bytes]) => ({ family: 'random bytes', name: `random${extension}`, bytes }));

/** Random Unicode text, with markup characters likely, under a text-like extension. */
const randomText: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    fc.constantFrom('.txt', '.md', '.html'),
    fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(
          '<div>',
          '</div>',
          '<p>',
          '*',
          '_',
          '[',
          '](',
          '> ',
          '# ',
          '\n\n',
          '\u202E',
          '\u200B',
          '&#0;',
          '<![CDATA[',
        ),
      ),
      { maxLength: 400 },
    ),
  )
  .map(([extension, parts]) => ({
    family: 'random text',
    name: `text${extension}`,
    bytes: new TextEncoder().encode(parts.join('')),
  }));

/** Every kind of generated input, the seeds' mutations weighted most. */
export const fuzzInputs = (seeds: readonly FuzzInput[]): fc.Arbitrary<FuzzInput> =>
  fc.oneof(
    { arbitrary: fc.oneof(...seeds.map(mutatedSeed)), weight: 6 },
    { arbitrary: randomBytes, weight: 2 },
    { arbitrary: randomText, weight: 2 },
  );
