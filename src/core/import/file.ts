import { maxImportChars } from '../../shared/contract';
import {
  fileBaseName,
  importFileKind,
  importFileMessages,
  precheckImportFile,
} from '../../shared/importFiles';
import { GlossError } from '../../shared/result';
import { decodeFileText } from './decode';
import { noMetadata, type ImportedDocument } from './imported';
import type { ReadPdfOptions } from './pdf/pdfText';
import { checkMarkdownSource } from './markdownGuard';
import { parsePlainText } from './plainText';

/*
 * Each format's parser loads with the first file of its kind (dynamic imports below): a plain
 * text file never waits for jsdom, remark or PDF.js, which took the import worker seconds to
 * load on a busy machine before it read a line.
 */

const refuse = (code: GlossError['code'], message: string): GlossError =>
  new GlossError(code, message);

const parseByKind = async (name: string, bytes: Uint8Array): Promise<ImportedDocument> => {
  const kind = importFileKind(name);
  if (kind === 'pdf' || kind === 'epub') {
    // Books are read by parseFile; this is the path for text formats.
    throw refuse('internal', `A ${kind.toUpperCase()} file is read by parseFile.`);
  }
  const html = kind === 'html' ? await import('./html') : null;
  const text = decodeFileText(name, bytes, {
    declaredEncoding: html?.declaredCharset(bytes),
  });
  if (text.trim() === '') throw refuse('empty_document', importFileMessages.empty(name));
  if (text.length > maxImportChars) throw refuse('too_large', importFileMessages.tooLong(name));
  if (html) return html.parseHtml(name, text);
  if (kind === 'markdown') {
    checkMarkdownSource(name, text);
    const parsed = (await import('./markdown')).parseMarkdown(text);
    if (!parsed) throw refuse('empty_document', importFileMessages.empty(name));
    return parsed;
  }
  return { ...parsePlainText(text), ...noMetadata };
};

/**
 * Reads one file into a document, by its extension: plain text, Markdown or HTML, in whatever
 * encoding it was written. Every refusal is a GlossError whose message names the file.
 */
export const parseImportFile = (name: string, bytes: Uint8Array): Promise<ImportedDocument> =>
  namingFile(name, () => {
    precheck(name, bytes);
    return parseByKind(name, bytes);
  });

const precheck = (name: string, bytes: Uint8Array): void => {
  const refusal = precheckImportFile(name, bytes.length);
  if (refusal !== null) {
    const code = importFileKind(name) === null ? 'unsupported_file' : 'too_large';
    throw refuse(code, refusal);
  }
  if (bytes.length === 0) throw refuse('empty_document', importFileMessages.empty(name));
};

const withName = (name: string, error: unknown): unknown =>
  !(error instanceof GlossError) || error.message.includes(fileBaseName(name))
    ? error
    : refuse(error.code, importFileMessages.other(name, error.message));

async function namingFile<T>(name: string, parse: () => Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    throw withName(name, error);
  }
}

/**
 * Reads any file Gloss imports, PDF and EPUB books included: what the import worker runs.
 * Pure (bytes in, document out), so it can run in whichever worker hosts it.
 */
export const parseFile = async (
  name: string,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<ImportedDocument> => {
  const kind = importFileKind(name);
  if (kind !== 'pdf' && kind !== 'epub') return parseImportFile(name, bytes);
  try {
    precheck(name, bytes);
    return kind === 'pdf'
      ? await (await import('./pdf/parsePdf')).parsePdf(name, bytes, options)
      : (await import('./epub/parseEpub')).parseEpub(name, bytes);
  } catch (error) {
    throw withName(name, error);
  }
};
