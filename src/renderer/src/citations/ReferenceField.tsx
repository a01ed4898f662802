import { useId } from 'react';

interface ReferenceFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown under the field, which is then marked invalid. */
  problem?: string;
  placeholder?: string;
}

/** One labelled text field of the reference form, with its message when it is wrong. */
export function ReferenceField({
  label,
  value,
  onChange,
  problem,
  placeholder,
}: ReferenceFieldProps) {
  const id = useId();
  return (
    <label className="reference-field" htmlFor={id}>
      {label}
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <span className="reference-error" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
