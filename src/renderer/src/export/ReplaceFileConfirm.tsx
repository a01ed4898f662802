import { fileBaseName } from '../../../shared/importFiles';
import { ConfirmDialog } from '../library/ConfirmDialog';

interface ReplaceFileConfirmProps {
  path: string;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before an export replaces a file Gloss did not write; Cancel, the default, keeps it. */
export function ReplaceFileConfirm({ path, onCancel, onConfirm }: ReplaceFileConfirmProps) {
  return (
    <ConfirmDialog
      title={`Replace “${fileBaseName(path)}”?`}
      confirmLabel="Replace"
      busyLabel="Replacing…"
      busy={false}
      error={null}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {path} is not a file Gloss exported. Replacing it with the export loses what it holds now.
    </ConfirmDialog>
  );
}
