import { DropOverlay } from './DropOverlay';
import { ImportStatus } from './ImportStatus';
import type { Importer } from './useImporter';
import './importing.css';

/** What importing shows above the window: the drop overlay and a batch's progress or summary. */
export function ImportLayer({ importer }: { importer: Importer }) {
  return (
    <>
      {importer.dragging && <DropOverlay />}
      {importer.batch && (
        <ImportStatus
          batch={importer.batch}
          onDismiss={importer.dismiss}
          onCancel={importer.cancel}
          onOpen={importer.openDocument}
        />
      )}
    </>
  );
}
