import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import {
  highlightsFollow,
  reasonText,
  type UpdateAnswer,
  type UpdateQuestion,
} from './updateQuestion';
import './update-question.css';

interface UpdateQuestionDialogProps {
  question: UpdateQuestion;
  onAnswer(answer: UpdateAnswer): void;
}

const files = (count: number): string => (count === 1 ? '1 more file' : `${count} more files`);

/**
 * Asked before a file that matches a document of the library is imported: update that document
 * (its highlights follow their words into the new version) or add the file as a new document.
 * Cancel, or Escape, leaves this file and the rest of the batch out.
 */
export function UpdateQuestionDialog({ question, onAnswer }: UpdateQuestionDialogProps) {
  const { fileName, match, reason, remaining } = question;
  const updateRef = useRef<HTMLButtonElement>(null);
  const [forRest, setForRest] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  const answer = (choice: UpdateAnswer['choice']) => onAnswer({ choice, forRest });
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: () => answer('cancel'),
    initialFocus: updateRef,
    isolateKeys: true,
  });

  return (
    <dialog
      ref={dialogRef}
      className="dialog update-question"
      data-testid="update-question"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...dialogProps}
    >
      <p className="dialog-title" id={titleId}>
        A new version of “{match.title}”?
      </p>
      <p className="dialog-text" id={descriptionId}>
        <span className="update-question-file">{fileName}</span> matches “{match.title}” in your
        library: {reasonText(reason)}. Update that document, with its highlights following their
        words, or add the file as a new document?
      </p>
      {remaining > 0 && (
        <label className="update-question-rest">
          <input
            type="checkbox"
            checked={forRest}
            onChange={(event) => setForRest(event.target.checked)}
          />
          <span>Do the same for the other matching files of this import ({files(remaining)})</span>
        </label>
      )}
      <div className="dialog-actions update-question-actions">
        <button type="button" className="button" onClick={() => answer('cancel')}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => answer('new')}>
          Add as a new document
        </button>
        <button
          ref={updateRef}
          type="button"
          className="button button-primary"
          onClick={() => answer('update')}
        >
          Update “{match.title}” ({highlightsFollow(match.highlightCount)})
        </button>
      </div>
    </dialog>
  );
}
