import { maxImportChars } from '../../shared/contract';
import {
  fileBaseName,
  importFileKind,
  importFileMessages,
  precheckImportFile,
} from '../../shared/importFiles';
import { GlossError } from '../../shared/result';
import { decodeFileText } from './decode';
import { declaredCharset, parseHtml } from './html';
import { noMetadata, type ImportedDocument } from './imported';
import { parseMarkdown } from './markdown';
import { checkMarkdownSource } from './markdownGuard';
import { parsePlainText } from './plainText';

const refuse = (code: GlossError['code'], message: string): GlossError =>
  new GlossError(code, message);

const parseByKind = (name: string, bytes: Uint8Array): ImportedDocument => {
  const kind = importFileKind(name);
  const text = decodeFileText(name, bytes, {
    declaredEncoding: kind === 'html' ? declaredCharset(bytes) : undefined,
  });
  if (text.trim() === '') throw refuse('empty_document', importFileMessages.empty(name));
  if (text.length > maxImportChars) throw refuse('too_large', importFileMessages.tooLong(name));
  switch (kind) {
    case 'html':
      return parseHtml(name, text);
    case 'markdown': {
      checkMarkdownSource(name, text);
      const parsed = parseMarkdown(text);
      if (!parsed) throw refuse('empty_document', importFileMessages.empty(name));
      return parsed;
    }
    default:
      return { ...parsePlainText(text), ...noMetadata };
  }
};

/**
 * Reads one file into a document, by its extension: plain text, Markdown or HTML, in whatever
 * encoding it was written. Every refusal is a GlossError whose message names the file.
 */
export const parseImportFile = (name: string, bytes: Uint8Array): ImportedDocument => {
  const precheck = precheckImportFile(name, bytes.length);
  if (precheck !== null) {
    const code = importFileKind(name) === null ? 'unsupported_file' : 'too_large';
    throw refuse(code, precheck);
  }
  if (bytes.length === 0) throw refuse('empty_document', importFileMessages.empty(name));
  try {
    return parseByKind(name, bytes);
  } catch (error) {
    if (!(error instanceof GlossError) || error.message.includes(fileBaseName(name))) throw error;
    throw refuse(error.code, importFileMessages.other(name, error.message));
  }
};
