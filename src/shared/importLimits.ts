/*
 * The importer's size limits, in a module of their own: the renderer checks a file's size before
 * sending it and must not load the contract's schemas to know the limit.
 */

/** Largest file the importer reads, in bytes; sent base64-encoded, it still fits a request. */
export const maxImportBytes = 20 * 1024 * 1024;

/** Largest text the importer accepts, in UTF-16 code units (about 10 MB of English). */
export const maxImportChars = 10_000_000;
