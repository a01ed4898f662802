import type { NameRow } from './referenceForm';

interface NamesFieldProps {
  /** "Authors" or "Editors". */
  label: string;
  /** "author" or "editor", for the buttons' names. */
  role: string;
  rows: NameRow[];
  onChange(rows: NameRow[]): void;
}

/** People as family and given names, one row each; an organisation goes in Family alone. */
export function NamesField({ label, role, rows, onChange }: NamesFieldProps) {
  const update = (index: number, change: Partial<NameRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="reference-names">
      <legend className="reference-field">{label}</legend>
      {rows.map((row, index) => (
        <div className="reference-name" key={index}>
          <label className="reference-field">
            Family
            <input
              value={row.family}
              aria-label={`${role} ${index + 1} family name`}
              onChange={(event) => update(index, { family: event.target.value })}
            />
          </label>
          <label className="reference-field">
            Given
            <input
              value={row.given}
              aria-label={`${role} ${index + 1} given name`}
              onChange={(event) => update(index, { given: event.target.value })}
            />
          </label>
          <button
            type="button"
            className="button button-small"
            aria-label={`Remove ${role} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...rows, { family: '', given: '' }])}
      >
        Add {role}
      </button>
    </fieldset>
  );
}
