import { useId, useState, type FormEvent } from 'react';
import { referenceTypes, type DocumentReference } from '../../../shared/citations/reference';
import { call, errorMessage } from '../api';
import { NamesField } from './NamesField';
import { ReferenceField } from './ReferenceField';
import {
  commonTypes,
  formFromReference,
  formProblems,
  referenceFromForm,
  textFields,
  type ReferenceFormState,
} from './referenceForm';

interface ReferenceFormProps {
  current: DocumentReference;
  onSaved(reference: DocumentReference): void;
  onCancel(): void;
}

const otherTypes = referenceTypes.filter(
  (type) => !commonTypes.some(([common]) => common === type),
);

/** The reference as a form; DOI, ISBN, URL, dates and key are checked as you type. */
export function ReferenceForm({ current, onSaved, onCancel }: ReferenceFormProps) {
  const [state, setState] = useState<ReferenceFormState>(() =>
    formFromReference(current.reference, current.citekey),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const typeId = useId();
  const problems = formProblems(state);
  const change = (next: Partial<ReferenceFormState>) =>
    setState((before) => ({ ...before, ...next }));
  const setText = (field: (typeof textFields)[number][0], value: string) =>
    setState((before) => ({ ...before, text: { ...before.text, [field]: value } }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(problems).length) {
      setFailure('Fix the fields marked above first; nothing was saved.');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const citekey = state.citekey.trim();
      const saved = await call('references.update', {
        documentId: current.documentId,
        reference: referenceFromForm(state),
        ...(citekey !== current.citekey ? { citekey } : {}),
      });
      onSaved(saved);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="reference-form" aria-label="Reference" onSubmit={(event) => void save(event)}>
      <label className="reference-field" htmlFor={typeId}>
        Type
        <select
          id={typeId}
          value={state.type}
          onChange={(event) => change({ type: event.target.value as ReferenceFormState['type'] })}
        >
          {commonTypes.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
          {otherTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <ReferenceField
        label="Title"
        value={state.text.title}
        onChange={(v) => setText('title', v)}
      />
      <NamesField
        label="Authors"
        role="author"
        rows={state.author}
        onChange={(author) => change({ author })}
      />
      <NamesField
        label="Editors"
        role="editor"
        rows={state.editor}
        onChange={(editor) => change({ editor })}
      />
      <ReferenceField
        label="Date"
        value={state.issued}
        placeholder="2024-03-07"
        problem={problems.issued}
        onChange={(issued) => change({ issued })}
      />
      {textFields.slice(1).map(([field, label]) => (
        <ReferenceField
          key={field}
          label={label}
          value={state.text[field]}
          problem={problems[field]}
          onChange={(value) => setText(field, value)}
        />
      ))}
      <ReferenceField
        label="Accessed"
        value={state.accessed}
        placeholder="2026-12-07"
        problem={problems.accessed}
        onChange={(accessed) => change({ accessed })}
      />
      <ReferenceField
        label="Citation key"
        value={state.citekey}
        problem={problems.citekey}
        onChange={(citekey) => change({ citekey })}
      />
      {failure && (
        <p className="reference-error" role="alert">
          {failure}
        </p>
      )}
      <div className="reference-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Save reference
        </button>
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
