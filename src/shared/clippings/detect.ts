import { fileBaseName } from '../importFiles';
import type { ClippingsFormat } from './model';

/*
 * Which highlight export a file is, by its content: the normal file import (menu, drop, `gloss
 * import`) sends a .txt, .md, .json or .csv file that is one to the clippings importer, and
 * every other file on to the document importers as before.
 */

/** How much of a file's start detection reads. */
export const clippingsHeadBytes = 64 * 1024;

/** Extensions a highlight export comes with; other files are never taken for one. */
export const clippingsExtensions = ['.txt', '.md', '.markdown', '.json', '.csv'] as const;

/** For the file input of "Kindle clippings, KOReader, Readwise…". */
export const clippingsFileAccept = clippingsExtensions.join(',');

export const readwiseColumns = [
  'Highlight',
  'Book Title',
  'Book Author',
  'Amazon Book ID',
  'Note',
  'Color',
  'Tags',
  'Location Type',
  'Location',
  'Highlighted at',
  'Document tags',
] as const;

const kindleSeparator = /^\uFEFF?={10}\s*$/mu;
// A first clipping: a title line, then the metadata line ("- Your Highlight on page 12 | ...").
const kindleFirstEntry = /^\uFEFF?[^\n]+\n\uFEFF?- [^\n]*\|/u;
const koreaderPageHeading = /^### .+ @ .+$/mu;
const webAnnotation = 'http://www.w3.org/ns/anno.jsonld';

const extensionOf = (name: string): string => {
  const match = /\.[^.]+$/u.exec(fileBaseName(name).trim());
  return match ? match[0].toLowerCase() : '';
};

/** True for a file whose extension a highlight export may have. */
export const mayBeClippings = (name: string): boolean =>
  (clippingsExtensions as readonly string[]).includes(extensionOf(name));

/**
 * The export `head` (the start of a file, decoded) is, or null. Line endings may be CRLF, CR or
 * LF and a byte-order mark may lead: Kindles write both.
 */
export const detectClippings = (head: string): ClippingsFormat | null => {
  const text = head.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
  const start = text.trimStart();
  if (start.startsWith('{')) {
    return !text.includes(webAnnotation) && /"entries"\s*:/u.test(text) ? 'koreader-json' : null;
  }
  if (start.startsWith(readwiseColumns.slice(0, 3).join(','))) return 'readwise';
  if (kindleSeparator.test(text) && kindleFirstEntry.test(start)) return 'kindle';
  if (start.startsWith('# ') && koreaderPageHeading.test(text)) return 'koreader-markdown';
  return null;
};

/** The start of a file's bytes as text, enough for detectClippings (UTF-8 or UTF-16 with BOM). */
export const clippingsHead = (bytes: Uint8Array): string => {
  const head = bytes.subarray(0, clippingsHeadBytes);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head);
};

/** The export a file is, judged by its name and content; null for any other file. */
export const detectClippingsFile = (name: string, bytes: Uint8Array): ClippingsFormat | null =>
  mayBeClippings(name) ? detectClippings(clippingsHead(bytes)) : null;
