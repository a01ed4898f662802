import { createHash } from 'node:crypto';
import type { ImportedDocument } from './imported';

/** The one file parsed last for the update question, by its name and its bytes' digest. */
let remembered: { key: string; parsed: ImportedDocument } | null = null;

const keyOf = (fileName: string, bytes: Uint8Array): string =>
  `${fileName}\n${bytes.length}\n${createHash('sha256').update(bytes).digest('hex')}`;

/** Keeps one parse (the latest) for the next parse of the same name and bytes. */
export const remember = (fileName: string, bytes: Uint8Array, parsed: ImportedDocument): void => {
  remembered = { key: keyOf(fileName, bytes), parsed };
};

/**
 * The remembered parse of exactly this file, handed out once (then forgotten, so it is never
 * stored twice and does not hold its memory longer); null for any other file.
 */
export const takeRemembered = (fileName: string, bytes: Uint8Array): ImportedDocument | null => {
  if (!remembered || remembered.key !== keyOf(fileName, bytes)) return null;
  const { parsed } = remembered;
  remembered = null;
  return parsed;
};
