import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ReplaceTextReport } from '../../../shared/annotations';
import { importFileAccept, importFileKind } from '../../../shared/importFiles';
import { call, errorMessage } from '../api';
import { useModalDialog } from '../ui/useModalDialog';
import { fileUpdate } from './fileUpdate';
import { readTextFile } from './readTextFile';
import { ReplaceReport } from './ReplaceReport';

interface ReplaceTextDialogProps {
  documentId: string;
  title: string;
  /** Reloads the document and its annotations once the core has stored the new text. */
  onReplaced(): Promise<void>;
  onClose(): void;
}

/** Takes a new version of the document's text, pasted or from a file, and reports the re-anchoring. */
export function ReplaceTextDialog({
  documentId,
  title,
  onReplaced,
  onClose,
}: ReplaceTextDialogProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  // A web page (and every other format the importer reads but the text box cannot show) goes
  // through the import pipeline as a file.
  const [pageFile, setPageFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReplaceTextReport | null>(null);
  const titleId = useId();
  const textId = useId();
  const descriptionId = useId();

  useEffect(() => {
    if (report) doneRef.current?.focus();
  }, [report]);

  const close = () => {
    if (!busy) onClose();
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file chosen twice must fire change again.
    event.target.value = '';
    if (!file) return;
    const kind = importFileKind(file.name);
    if (kind !== null && kind !== 'text' && kind !== 'markdown') {
      setPageFile(file);
      setFileName(file.name);
      setText('');
      setError(null);
      return;
    }
    setPageFile(null);
    const read = await readTextFile(file);
    if ('problem' in read) {
      setError(read.problem);
      return;
    }
    setText(read.text);
    setFileName(file.name);
    setError(null);
  };

  const replace = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = pageFile
        ? await fileUpdate(documentId, pageFile)
        : await call('documents.replaceText', { id: documentId, text });
      await onReplaced();
      setReport(result.report);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  /** Puts back the previous version with every highlight as it was, and closes. */
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('documents.undoReplaceText', { id: documentId });
      await onReplaced();
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  // Typing here must not reach the reader's shortcuts underneath.
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: close,
    initialFocus: textRef,
    isolateKeys: true,
  });

  return (
    <dialog
      ref={dialogRef}
      className="dialog replace-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...dialogProps}
    >
      <p className="dialog-title" id={titleId}>
        Replace text
      </p>
      {report ? (
        <>
          <ReplaceReport report={report} descriptionId={descriptionId} />
          {error !== null && (
            <p className="dialog-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => void undo()} disabled={busy}>
              Undo
            </button>
            <button ref={doneRef} type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="dialog-text" id={descriptionId}>
            Paste the new version of “{title}”, or load it from a file. Highlights stay on their
            words wherever the new text still has them.
          </p>
          <label className="replace-label" htmlFor={textId}>
            New text
          </label>
          <textarea
            id={textId}
            ref={textRef}
            className="replace-textarea"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileName(null);
              setPageFile(null);
            }}
            placeholder="Paste the text here"
            disabled={busy}
          />
          <div className="replace-file">
            <button
              type="button"
              className="button button-small"
              onClick={() => fileRef.current?.click()}
              disabled={busy}
            >
              Choose file…
            </button>
            <input
              ref={fileRef}
              type="file"
              accept={importFileAccept}
              aria-label="Text file"
              hidden
              onChange={(event) => void chooseFile(event)}
            />
            <span className="replace-file-name">
              {fileName ?? 'A text, Markdown or web page file'}
            </span>
          </div>
          {error !== null && (
            <p className="dialog-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void replace()}
              disabled={busy}
            >
              {busy ? 'Replacing…' : 'Replace'}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
