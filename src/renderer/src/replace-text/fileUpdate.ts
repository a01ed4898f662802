import { precheckImportFile } from '../../../shared/importFiles';
import type { FileUpdate } from '../../../shared/textUpdates';
import { ApiError, call } from '../api';
import { bytesToBase64 } from '../api/base64';

/**
 * Sends a file as the new version of a document (documents.updateFromFile): read by the same
 * pipeline as an import, refused here first, as an import would be, when too large or unknown.
 */
export const fileUpdate = async (documentId: string, file: File): Promise<FileUpdate> => {
  const refusal = precheckImportFile(file.name, file.size);
  if (refusal !== null) throw new ApiError('unsupported_file', refusal);
  const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return call('documents.updateFromFile', { id: documentId, name: file.name, data });
};
