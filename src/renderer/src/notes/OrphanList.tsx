import { useId, type ReactNode } from 'react';

interface OrphanListProps {
  count: number;
  children: ReactNode;
}

/** Highlights whose text left the document. Never dropped: they wait here to be re-attached. */
export function OrphanList({ count, children }: OrphanListProps) {
  const headingId = useId();
  if (count === 0) return null;
  return (
    <div className="notes-section notes-orphans" role="group" aria-labelledby={headingId}>
      <h2 className="notes-section-title" id={headingId}>
        Orphaned highlights <span className="pane-count">{count}</span>
      </h2>
      <ul className="notes-list">{children}</ul>
    </div>
  );
}
