import type { FeatureHandlers } from '../../shared/contract';
import type { importMethods } from '../../shared/contract/import';
import type { DocumentsService } from '../documents/service';
import type { createFileImportService } from './importFile';

export interface ImportDeps {
  documents: DocumentsService;
  files: ReturnType<typeof createFileImportService>;
}

export const importHandlers = ({
  documents,
  files,
}: ImportDeps): FeatureHandlers<typeof importMethods> => ({
  'documents.importText': (input) => documents.importText(input),
  'documents.importFile': ({ name, data }) => files.importFile(name, Buffer.from(data, 'base64')),
  'documents.reimportFile': ({ id, name, data }) =>
    files.reimportFile(id, name, Buffer.from(data, 'base64')),
});
