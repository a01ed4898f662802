import type { FeatureHandlers } from '../../shared/contract';
import type { documentsMethods } from '../../shared/contract/documents';
import type { DocumentsService } from './service';

export interface DocumentsDeps {
  documents: DocumentsService;
}

export const documentsHandlers = ({
  documents,
}: DocumentsDeps): FeatureHandlers<typeof documentsMethods> => ({
  'documents.get': ({ id }) => documents.get(id),
  'documents.rename': ({ id, title }) => documents.rename(id, title),
  'documents.markOpened': ({ id }) => documents.markOpened(id),
  'documents.delete': ({ id }) => documents.delete(id),
  'documents.replaceText': (input) => documents.replaceText(input),
  'documents.undoReplaceText': ({ id }) => documents.undoReplaceText(id),
});
