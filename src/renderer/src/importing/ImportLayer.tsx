import { DropOverlay } from './DropOverlay';
import { ImportStatus } from './ImportStatus';
import { UpdateQuestionDialog } from './UpdateQuestionDialog';
import { UpdateReportDialog } from './UpdateReportDialog';
import type { Importer } from './useImporter';
import './importing.css';

/**
 * What importing shows above the window: the drop overlay, a batch's progress or summary, the
 * question about a file that matches a document, and what an update did to its highlights.
 */
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
      {importer.question && (
        <UpdateQuestionDialog
          // A new question is a new dialog: its checkbox and focus start afresh.
          key={`${importer.question.question.fileName}:${importer.question.question.remaining}`}
          question={importer.question.question}
          onAnswer={importer.question.answer}
        />
      )}
      {importer.updates.length > 0 && !importer.question && (
        <UpdateReportDialog
          updates={importer.updates}
          onUndo={importer.undoUpdate}
          onClose={importer.closeUpdates}
        />
      )}
    </>
  );
}
