import { useId, useRef } from 'react';
import { exportFormats } from '../../../shared/exchange';
import type { DocumentSummary } from '../../../shared/model';
import { CitationExportOptions } from '../citations/CitationExportOptions';
import { useModalDialog } from '../ui/useModalDialog';
import { DestinationField } from './DestinationField';
import { ReplaceFileConfirm } from './ReplaceFileConfirm';
import { DocumentChecklist } from './DocumentChecklist';
import { ExportProgress } from './ExportProgress';
import { ColorChoices } from './ColorChoices';
import { citesQuotes, formatHints, formatLabels, type ExportScope } from './exportOptions';
import { useExport } from './useExport';

interface ExportDialogProps {
  documents: readonly DocumentSummary[];
  /** The document open in the reader, if any: "This document" is offered then. */
  openId: string | null;
  onClose(): void;
}

/** What to export, in which format, and where; stays open to show the result or the error. */
export function ExportDialog({ documents, openId, onClose }: ExportDialogProps) {
  const state = useExport(openId);
  const titleId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const busy = state.outcome.status === 'busy';
  const close = () => {
    if (!busy) onClose();
  };
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: close,
    initialFocus: firstRef,
    isolateKeys: true,
  });
  const openTitle = documents.find((doc) => doc.id === openId)?.title;
  const scopes: { value: ExportScope; label: string }[] = [
    ...(openId ? [{ value: 'current' as const, label: 'This document' }] : []),
    { value: 'chosen', label: 'Choose documents' },
    { value: 'library', label: 'Whole library' },
  ];

  return (
    <dialog
      ref={dialogRef}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      {...dialogProps}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void state.run();
        }}
      >
        <h2 className="dialog-title" id={titleId}>
          Export
        </h2>
        <fieldset className="export-choices">
          <legend className="export-label">Documents</legend>
          {scopes.map(({ value, label }, index) => (
            <label key={value} className="export-choice">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name="export-scope"
                checked={state.scope === value}
                onChange={() => state.setScope(value)}
              />
              <span>{label}</span>
              {value === 'current' && openTitle && (
                <span className="export-aside">{openTitle}</span>
              )}
            </label>
          ))}
        </fieldset>
        {state.scope === 'chosen' && (
          <DocumentChecklist documents={documents} chosen={state.chosen} onToggle={state.toggle} />
        )}
        <fieldset className="export-choices">
          <legend className="export-label">Format</legend>
          {exportFormats.map((format) => (
            <label key={format} className="export-choice">
              <input
                type="radio"
                name="export-format"
                checked={state.format === format}
                onChange={() => state.setFormat(format)}
              />
              <span>{formatLabels[format]}</span>
            </label>
          ))}
          <p className="export-hint">{formatHints[state.format]}</p>
        </fieldset>
        {state.format === 'anki' && (
          <ColorChoices chosen={state.colors} onToggle={state.toggleColor} />
        )}
        {citesQuotes(state.format) && (
          <CitationExportOptions
            format={state.format === 'anki' ? 'anki' : 'markdown'}
            style={state.citationStyle}
            onStyle={state.setCitationStyle}
            citations={state.citations}
            onCitations={state.setCitations}
          />
        )}
        <DestinationField format={state.format} path={state.path} onChange={state.setPath} />
        {state.outcome.status === 'busy' && (
          <ExportProgress job={state.outcome.job} onCancel={() => void state.cancel()} />
        )}
        {(state.outcome.status === 'done' || state.outcome.status === 'cancelled') && (
          <p className="export-done" role="status">
            {state.outcome.message}
          </p>
        )}
        {state.outcome.status === 'failed' && (
          <p className="dialog-error" role="alert">
            {state.outcome.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} disabled={busy}>
            {state.outcome.status === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
      {state.outcome.status === 'confirm' && (
        <ReplaceFileConfirm
          path={state.outcome.path}
          onCancel={state.keep}
          onConfirm={() => void state.replace()}
        />
      )}
    </dialog>
  );
}
