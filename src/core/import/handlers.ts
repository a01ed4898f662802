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
  // One path for both: a file read again is a new version like any other.
  'documents.reimportFile': async ({ id, name, data }, call) => {
    const bytes = Buffer.from(data, 'base64');
    const { document, report } = await fileUpdates.updateFromFile(id, name, bytes, {
      signal: call?.signal,
    });
    return { document, report };
  },
  'documents.updateFromFile': ({ id, name, data, dryRun }, call) =>
    fileUpdates.updateFromFile(id, name, Buffer.from(data, 'base64'), {
      dryRun,
      signal: call?.signal,
    }),
  'documents.findUpdateTarget': ({ name, data }) =>
    fileUpdates.findUpdateTarget(name, Buffer.from(data, 'base64')),
});
