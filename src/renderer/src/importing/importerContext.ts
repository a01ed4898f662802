import { createContext, useContext } from 'react';
import type { Importer } from './useImporter';

/** The app's one importer, for the Import menu wherever the library pane puts it. */
export const ImporterContext = createContext<Importer | null>(null);

export const useImporterContext = (): Importer => {
  const importer = useContext(ImporterContext);
  if (!importer) throw new Error('The Import menu needs an ImporterContext above it.');
  return importer;
};
