import { maxImportChars } from '../../../shared/contract';
import { detectClippings } from '../../../shared/clippings/detect';
import type { ClippingsFormat, ParsedClippings } from '../../../shared/clippings/model';
import { importFileMessages, precheckImportFile } from '../../../shared/importFiles';
import { GlossError } from '../../../shared/result';
import { decodeFileText } from '../decode';
import { assembleBooks } from './books';
import { parseKindleClippings } from './kindle';
import { parseKoreaderJson } from './koreaderJson';
import { parseKoreaderMarkdown } from './koreaderMarkdown';
import type { RawClipping } from './raw';
import { parseReadwiseCsv } from './readwise';
import { clippingsRefusal, notClippings } from './refusals';

/** More clippings than this in one file is refused: no reader's export comes near it. */
export const maxClippings = 200_000;

const parsers: Record<ClippingsFormat, (name: string, text: string) => RawClipping[]> = {
  kindle: parseKindleClippings,
  'koreader-json': parseKoreaderJson,
  'koreader-markdown': parseKoreaderMarkdown,
  readwise: parseReadwiseCsv,
};

/**
 * Reads a highlights export (Kindle, KOReader, Readwise) into books. Pure: bytes in, books out,
 * so it runs in the bounded import worker. Refuses, naming the file, what is not such an
 * export, is cut short, or passes the import limits (20 MB, 10 million characters).
 */
export const parseClippingsFile = (name: string, bytes: Uint8Array): ParsedClippings => {
  // The size is the import's; the type is judged by content, not by the extension.
  const tooLarge = precheckImportFile('file.txt', bytes.length);
  if (tooLarge !== null) throw new GlossError('too_large', importFileMessages.tooLarge(name));
  if (bytes.length === 0) throw new GlossError('empty_document', importFileMessages.empty(name));
  const text = decodeFileText(name, bytes);
  if (text.length > maxImportChars) {
    throw new GlossError('too_large', importFileMessages.tooLong(name));
  }
  const format = detectClippings(text.slice(0, 64 * 1024));
  if (format === null) throw notClippings(name);
  const clippings = parsers[format](name, text);
  if (clippings.length > maxClippings) {
    throw new GlossError(
      'too_large',
      clippingsRefusal(
        name,
        `it holds more than ${maxClippings.toLocaleString('en-US')} clippings, the most Gloss imports at once`,
      ).message,
    );
  }
  const assembled = assembleBooks(clippings, { extended: format === 'kindle' });
  if (assembled.books.length === 0) {
    throw new GlossError(
      'empty_document',
      clippingsRefusal(
        name,
        'it holds no highlight or note (only bookmarks), so there is nothing to import',
      ).message,
    );
  }
  return { format, ...assembled };
};
