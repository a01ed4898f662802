import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';

/** What a book may unpack to. Generous for any real book; a hostile archive stops here. */
export const zipLimits = {
  entries: 10_000,
  totalBytes: 200 * 1024 * 1024,
  /** An entry inflating to more than this many times its stored size is a zip bomb... */
  ratio: 100,
  /** ...once it is larger than this (small files of repeated text compress very well). */
  ratioFloor: 1024 * 1024,
} as const;

export type ZipRefusal = 'not_zip' | 'too_many' | 'too_large' | 'ratio' | 'path';

export class ZipLimitError extends Error {
  constructor(readonly reason: ZipRefusal) {
    super(reason);
  }
}

/** A name that would land outside the folder it is unpacked to, or is no file name at all. */
const leavesArchive = (name: string): boolean =>
  name.startsWith('/') ||
  name.includes('\\') ||
  name.includes('\0') ||
  /^[a-z]:/iu.test(name) ||
  name.split('/').some((segment) => segment === '..');

/** The archive's directory, checked against every limit before a byte is inflated. */
const checkDirectory = (bytes: Uint8Array): Map<string, number> => {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        if (entries.length > zipLimits.entries) throw new ZipLimitError('too_many');
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ZipLimitError) throw error;
    throw new ZipLimitError('not_zip');
  }
  let total = 0;
  for (const entry of entries) {
    if (leavesArchive(entry.name)) throw new ZipLimitError('path');
    total += entry.originalSize;
    if (total > zipLimits.totalBytes) throw new ZipLimitError('too_large');
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > zipLimits.ratioFloor && ratio > zipLimits.ratio)
      throw new ZipLimitError('ratio');
  }
  return new Map(entries.map((entry) => [entry.name, entry.size]));
};

/**
 * The wanted files of a zip archive, never unpacked past the limits. The central directory is
 * checked first (entry count, declared sizes and ratios, paths); then the entries are inflated
 * as a stream, counting what they really produce, since a directory can lie.
 */
export const unzipWithin = (
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Map<string, Uint8Array> => {
  const storedSizes = checkDirectory(bytes);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let refusal: ZipLimitError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (refusal || !wanted(file.name)) return;
    if (leavesArchive(file.name)) {
      refusal = new ZipLimitError('path');
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Sizes from the directory: a streamed entry may not declare its own (data descriptors).
    const stored = storedSizes.get(file.name) ?? 0;
    const allowed = Math.max(zipLimits.ratioFloor, stored * zipLimits.ratio);
    file.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = new ZipLimitError('not_zip');
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > zipLimits.totalBytes || size > allowed) {
        refusal = new ZipLimitError(total > zipLimits.totalBytes ? 'too_large' : 'ratio');
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, Buffer.concat(chunks));
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch {
    refusal ??= new ZipLimitError('not_zip');
  }
  if (refusal) throw refusal;
  return files;
};
