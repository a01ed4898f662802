import type { FeatureHandlers } from '../../shared/contract';
import type { annotationsMethods } from '../../shared/contract/annotations';
import type { AnnotationsService } from './service';

export interface AnnotationsDeps {
  annotations: AnnotationsService;
}

export const annotationsHandlers = ({
  annotations,
}: AnnotationsDeps): FeatureHandlers<typeof annotationsMethods> => ({
  'annotations.list': ({ documentId }) => annotations.list(documentId),
  'highlights.create': (input) => annotations.create(input),
  'highlights.update': (input) => annotations.update(input),
  'highlights.delete': ({ id }) => annotations.delete(id),
  'highlights.restore': (input) => annotations.restore(input),
  'highlights.keepEdit': ({ id }) => annotations.keepEdit(id),
  'highlights.reattach': (input) => annotations.reattach(input),
});
