import { useId, useState } from 'react';
import type { Span } from '../../../shared/span';
import { entityTypes, type EntityType } from '../../../shared/entities';
import { toEntityType, typeName } from './format';
import { useReaderSelectionState } from './readerSelection';

interface AddFromSelectionProps {
  /** The open document's canonical text, to quote the selection. */
  text: string;
  onAdd(range: Span, type: EntityType): Promise<boolean>;
}

/** A first guess at the type, from the shape of the text; the reader picks the real one. */
const guessType = (quote: string): EntityType => {
  if (/%|\bper ?cent\b/iu.test(quote)) return 'percent';
  if (/[$€£¥]|\b(dollars?|euros?|pounds?|yen|won)\b/iu.test(quote)) return 'money';
  if (/^\d[\d,.]*$/u.test(quote)) return 'quantity';
  return 'person';
};

const maxQuote = 200;

/**
 * "Add entity from selection": takes the reader's selected text, asks for its type, and makes
 * it an entity; the core then finds its other mentions too. The range is taken when the button
 * is pressed, since choosing a type moves focus and with it the selection.
 */
export function AddFromSelection({ text, onAdd }: AddFromSelectionProps) {
  // Enabled only while the reader has a selection.
  const selection = useReaderSelectionState().range;
  const [pending, setPending] = useState<Span | null>(null);
  const [type, setType] = useState<EntityType>('person');
  const [busy, setBusy] = useState(false);
  const typeId = useId();

  if (pending === null) {
    return (
      <button
        type="button"
        className="button button-small entities-add"
        disabled={selection === null}
        title={selection === null ? 'Select a name or amount in the text first' : undefined}
        // Keeps the reader's selection: pressing a button would otherwise clear it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (selection === null) return;
          setPending(selection);
          setType(guessType(text.slice(selection.start, selection.end)));
        }}
      >
        Add entity from selection
      </button>
    );
  }

  const quote = text.slice(pending.start, pending.end);
  const add = async () => {
    setBusy(true);
    const done = await onAdd(pending, type);
    setBusy(false);
    if (done) setPending(null);
  };
  return (
    <form
      className="entities-add-form"
      aria-label="Add entity"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <p className="entities-add-quote">
        “{quote.length > maxQuote ? `${quote.slice(0, maxQuote)}…` : quote}”
      </p>
      <label className="field-label" htmlFor={typeId}>
        Type
      </label>
      <select
        id={typeId}
        className="entity-select"
        value={type}
        onChange={(event) => setType(toEntityType(event.target.value))}
      >
        {entityTypes.map((choice) => (
          <option key={choice} value={choice}>
            {typeName(choice)}
          </option>
        ))}
      </select>
      <div className="entity-form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Add entity
        </button>
        <button type="button" className="button button-small" onClick={() => setPending(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
