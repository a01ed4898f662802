import { detectClippingsFile, mayBeClippings } from '../../../shared/clippings/detect';
import { maxImportBytes } from '../../../shared/importLimits';
import { importFileMessages, precheckImportFile } from '../../../shared/importFiles';
import { ApiError, call } from '../api';

import { bytesToBase64 } from '../api/base64';
import type { ImportOutcome } from './importQueue';
import type { UpdateChoice, UpdateQuestion } from './updateQuestion';

export { bytesToBase64 };

/** A file to import; `clippings` when it was chosen as a highlights export. */
export interface FileToImport {
  name: string;
  file: File;
  clippings: boolean;
}

export const toImport = (files: readonly File[], clippings = false): FileToImport[] =>
  files.map((file) => ({ name: file.name, file, clippings }));

const readBytes = async (file: File): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ApiError(
      'unsupported_file',
      importFileMessages.other(file.name, 'it could not be read. Is it a folder, or was it moved?'),
    );
  }
};

/** How one file's import asks whether it is a new version of a document of the library. */
export interface ImportContext {
  /** Files of the batch still waiting after this one. */
  remaining: number;
  decide(question: UpdateQuestion): Promise<UpdateChoice>;
}

/**
 * Sends one file to the core. A highlights export (Kindle's My Clippings.txt, a KOReader or
 * Readwise export, told by its content) goes to `clippings.import`, as does any file chosen as
 * one; any other file to `documents.importFile`. An unknown type or a file over the limit is
 * refused here, before a byte is read, with the words the core would use. A file whose source
 * matches a document of the library (documents.findUpdateTarget) asks first: update that
 * document (documents.updateFromFile, its highlights following) or add a new one.
 */
export const importFile = async (
  { file, clippings }: FileToImport,
  { remaining, decide }: ImportContext,
): Promise<ImportOutcome> => {
  let bytes: Uint8Array | null = null;
  if (clippings || mayBeClippings(file.name)) {
    if (file.size > maxImportBytes) {
      throw new ApiError('too_large', importFileMessages.tooLarge(file.name));
    }
    bytes = await readBytes(file);
    if (clippings || detectClippingsFile(file.name, bytes) !== null) {
      return call('clippings.import', { name: file.name, data: bytesToBase64(bytes) });
    }
  }
  const refusal = precheckImportFile(file.name, file.size);
  if (refusal !== null) throw new ApiError('unsupported_file', refusal);
  const data = bytesToBase64(bytes ?? (await readBytes(file)));
  const { match, reason } = await call('documents.findUpdateTarget', { name: file.name, data });
  if (match && reason) {
    const choice = await decide({ fileName: file.name, match, reason, remaining });
    if (choice === 'update') {
      return call('documents.updateFromFile', { id: match.id, name: file.name, data });
    }
  }
  return call('documents.importFile', { name: file.name, data });
};
