import type { LibraryState } from './useLibrary';
import type { ReaderPlaceholder } from '../reader/ReaderBody';

/** What the reader says when nothing is open, given how the library stands. */
export const readerPlaceholder = (library: LibraryState): ReaderPlaceholder | null => {
  switch (library.status) {
    case 'loading':
      return null;
    case 'error':
      return { title: 'No document open', hint: 'Documents open here once the library loads.' };
    case 'ready':
      return library.documents.length === 0
        ? { title: 'Nothing to read yet', hint: 'Documents you import open here.' }
        : {
            title: 'No document open',
            hint: 'Choose a document from the library to start reading.',
          };
  }
};
