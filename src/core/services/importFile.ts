import type { DocumentSummary } from '../../shared/model';
import { GlossError } from '../../shared/result';
import type { DocumentsService } from './documents';

// SCAFFOLD (helper "import" replaces this file).
export const createFileImportService = (documents: DocumentsService) => {
  void documents;
  return {
    importFile: (name: string, bytes: Uint8Array): DocumentSummary => {
      void bytes;
      throw new GlossError('internal', `Not built yet: ${name}`);
    },
  };
};
