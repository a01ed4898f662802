import type { DocumentSummary } from '../../../shared/model';

interface DocumentChecklistProps {
  documents: readonly DocumentSummary[];
  chosen: ReadonlySet<string>;
  onToggle(id: string): void;
}

/** The library as checkboxes, for exporting some documents. */
export function DocumentChecklist({ documents, chosen, onToggle }: DocumentChecklistProps) {
  return (
    <fieldset className="export-documents">
      <legend className="visually-hidden">Documents to export</legend>
      {documents.length === 0 && <p className="export-hint">The library is empty.</p>}
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(doc.id)}
                onChange={() => onToggle(doc.id)}
              />
              <span>{doc.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
