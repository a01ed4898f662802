import { importFileMessages, precheckImportFile } from '../../../shared/importFiles';
import type { DocumentSummary } from '../../../shared/model';
import { ApiError, call } from '../api';

import { bytesToBase64 } from '../api/base64';

export { bytesToBase64 };

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

/**
 * Sends one file to `documents.importFile`. An unknown type or a file over the limit is
 * refused here, before a byte is read, with the words the core would use.
 */
export const importFile = async (file: File): Promise<DocumentSummary> => {
  const refusal = precheckImportFile(file.name, file.size);
  if (refusal !== null) throw new ApiError('unsupported_file', refusal);
  const data = bytesToBase64(await readBytes(file));
  return call('documents.importFile', { name: file.name, data });
};
