import type { FeatureHandlers } from '../../shared/contract';
import type { citationMethods } from '../../shared/contract/citations';
import type { CitationsService } from './service';

export interface CitationsDeps {
  citations: CitationsService;
}

export const citationsHandlers = ({
  citations,
}: CitationsDeps): FeatureHandlers<typeof citationMethods> => ({
  'references.get': ({ documentId }) => citations.get(documentId),
  'references.update': (input) => citations.update(input),
  'references.import': (input) => citations.importText(input),
  'references.format': ({ documentId, format }) => ({
    text: citations.format(documentId, format),
  }),
});
