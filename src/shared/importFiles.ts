import { maxImportBytes } from './importLimits';

/**
 * Which files Gloss imports and what it says about the ones it refuses. Shared so the renderer
 * can refuse a file before sending it with the very words the core would use.
 */
export type ImportFileKind = 'text' | 'markdown' | 'html' | 'pdf' | 'epub';

const kindsByExtension: Readonly<Record<string, ImportFileKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.epub': 'epub',
};

/** For a file input's `accept` attribute. */
export const importFileAccept = Object.keys(kindsByExtension).join(',');

/** The last segment of a path, whichever separator it uses. */
export const fileBaseName = (name: string): string => name.split(/[\\/]/u).pop() ?? name;

export const importFileKind = (name: string): ImportFileKind | null => {
  const match = /\.[^.]+$/u.exec(fileBaseName(name).trim());
  return match ? (kindsByExtension[match[0].toLowerCase()] ?? null) : null;
};

const quoted = (name: string): string => `“${fileBaseName(name)}”`;

const limitMegabytes = Math.round(maxImportBytes / (1024 * 1024));

export const importFileMessages = {
  unsupported: (name: string): string =>
    `${quoted(name)} is not a file Gloss can import. Choose a text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) or EPUB (.epub) file.`,
  tooLarge: (name: string): string =>
    `${quoted(name)} is larger than ${limitMegabytes} MB, the most Gloss imports.`,
  tooLong: (name: string): string =>
    `${quoted(name)} has more than 10 million characters, the most Gloss imports.`,
  empty: (name: string): string => `${quoted(name)} is empty: there is nothing to import.`,
  binary: (name: string): string => `${quoted(name)} looks like a binary file, not text.`,
  noArticle: (name: string): string =>
    `${quoted(name)} has no readable article: Gloss found no text to keep in it.`,
  tooDeep: (name: string, levels: number): string =>
    `${quoted(name)} is too deeply nested to read (Gloss reads up to ${levels} levels).`,
  tooManyElements: (name: string, limit: number): string =>
    `${quoted(name)} has too many elements to read (more than ${limit.toLocaleString('en-US')}).`,
  tooMuchMarkup: (name: string, limit: number): string =>
    `${quoted(name)} has a paragraph with too much markup to read (more than ${limit.toLocaleString('en-US')} emphasis marks or brackets).`,
  tooSlow: (name: string, seconds: number): string =>
    `${quoted(name)} took too long to read (over ${seconds} s): Gloss stopped reading it.`,
  tooBig: (name: string): string =>
    `${quoted(name)} needs more memory or nesting to read than Gloss allows: Gloss stopped reading it.`,
  cancelled: (name: string): string => `The import of ${quoted(name)} was cancelled.`,
  /** For any other refusal, so every message still names its file. */
  other: (name: string, message: string): string => `${quoted(name)}: ${message}`,
};

/**
 * The refusal a file gets before any byte is read: unknown type or over the size limit.
 * Null when it may be sent.
 */
export const precheckImportFile = (name: string, size: number): string | null => {
  if (importFileKind(name) === null) return importFileMessages.unsupported(name);
  if (size > maxImportBytes) return importFileMessages.tooLarge(name);
  return null;
};
