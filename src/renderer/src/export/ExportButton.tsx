import { useState } from 'react';
import type { Library } from '../library/useLibrary';
import { lazyComponent } from '../ui/lazyComponent';

// Not on the first screen: loaded when first shown (see lazyComponent).
const ExportDialog = lazyComponent(() =>
  import('./ExportDialog').then((module) => module.ExportDialog),
);
import './export.css';

interface ExportButtonProps {
  library: Library;
}

/** "Export…" in the top bar, and the dialog it opens. */
export function ExportButton({ library }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  const documents = library.state.status === 'ready' ? library.state.documents : [];
  return (
    <>
      <button
        type="button"
        className="topbar-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Export…
      </button>
      {open && (
        <ExportDialog
          documents={documents}
          openId={library.openId}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
