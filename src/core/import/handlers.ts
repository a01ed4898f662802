import type { FeatureHandlers } from '../../shared/contract';
import type { importMethods } from '../../shared/contract/import';
import type { FileUpdates } from '../documents/fileUpdates';
import type { DocumentsService } from '../documents/service';
import type { createFileImportService } from './importFile';

export interface ImportDeps {
  documents: DocumentsService;
  files: ReturnType<typeof createFileImportService>;
  fileUpdates: FileUpdates;
}

export const importHandlers = ({
  documents,
  files,
  fileUpdates,
}: ImportDeps): FeatureHandlers<typeof importMethods> => ({
  'documents.importText': (input) => documents.importText(input),
  'documents.importFile': ({ name, data }, call) =>
    files.importFile(name, Buffer.from(data, 'base64'), call?.signal),
  'documents.reimportFile': ({ id, name, data }, call) =>
    files.reimportFile(id, name, Buffer.from(data, 'base64'), call?.signal),
  'documents.updateFromFile': ({ id, name, data, dryRun }) =>
    fileUpdates.updateFromFile(id, name, Buffer.from(data, 'base64'), dryRun),
  'documents.findUpdateTarget': ({ name, data }) =>
    fileUpdates.findUpdateTarget(name, Buffer.from(data, 'base64')),
});
