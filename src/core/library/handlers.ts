import type { FeatureHandlers } from '../../shared/contract';
import type { libraryMethods } from '../../shared/contract/library';
import type { DocumentsService } from '../documents/service';
import type { TrashService } from './trash';

export interface LibraryDeps {
  documents: DocumentsService;
  trash: TrashService;
}

/** The library's list and its Trash. */
export const libraryHandlers = ({
  documents,
  trash,
}: LibraryDeps): FeatureHandlers<typeof libraryMethods> => ({
  'library.list': () => documents.list(),
  'library.lastOpened': () => ({ id: documents.lastOpenedId() }),
  'trash.list': () => trash.list(),
  'trash.restore': ({ id }) => trash.restore(id),
  'trash.empty': ({ ids }) => trash.empty(ids),
});
