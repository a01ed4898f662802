import { useId } from 'react';
import type { ExportFormat } from '../../../shared/exchange';
import { defaultFileName, destinationKind } from './exportOptions';

interface DestinationFieldProps {
  format: ExportFormat;
  path: string;
  onChange(path: string): void;
}

/**
 * Where the export goes. Electron has native dialogs (window.glossShell); browser mode has none,
 * so there the user types the full path of a folder (Markdown) or file (JSON, CSV).
 */
export function DestinationField({ format, path, onChange }: DestinationFieldProps) {
  const id = useId();
  const hintId = useId();
  const kind = destinationKind(format);
  const label = kind === 'folder' ? 'Folder' : 'File';
  const shell = window.glossShell;

  if (shell) {
    const choose = async () => {
      const chosen = await shell.choosePath(
        kind === 'folder' ? { kind } : { kind, defaultName: defaultFileName(format) },
      );
      if (chosen) onChange(chosen);
    };
    return (
      <div className="export-destination">
        <span className="export-label">{label}</span>
        <p className="export-path" data-testid="export-path">
          {path || (kind === 'folder' ? 'No folder chosen' : 'No file chosen')}
        </p>
        <button type="button" className="button" onClick={() => void choose()}>
          Choose…
        </button>
      </div>
    );
  }
  return (
    <div className="export-destination">
      <label className="export-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="export-input"
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={path}
        placeholder={
          kind === 'folder' ? '/home/you/Notes/Gloss' : `/home/you/${defaultFileName(format)}`
        }
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="export-hint" id={hintId}>
        {kind === 'folder'
          ? 'The full path of a folder; it is created if needed. Only files Gloss wrote are replaced.'
          : 'The full path of the file to write. Gloss asks before replacing a file it did not export.'}
      </p>
    </div>
  );
}
