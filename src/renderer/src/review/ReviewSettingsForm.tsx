import { useEffect, useId, useState } from 'react';
import { highlightColors } from '../../../shared/annotations';
import type { DocumentSummary } from '../../../shared/model';
import type { ReviewSettings } from '../../../shared/review';
import { call, errorMessage } from '../api';
import { saveSettings } from './commands';
import { ExcludedList } from './ExcludedList';
import { toggled } from './settingsForm';

interface ReviewSettingsFormProps {
  documents: readonly DocumentSummary[];
  /** The settings were stored: the review starts again with them. */
  onSaved(): void;
  /** A highlight was taken back into the review. */
  onIncluded(): void;
}

/** How many new highlights a day, which tags, documents and colours, and hiding notes. */
export function ReviewSettingsForm({ documents, onSaved, onIncluded }: ReviewSettingsFormProps) {
  const [settings, setSettings] = useState<ReviewSettings | null>(null);
  const [tagsText, setTagsText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { newPerDay: useId(), tags: useId() };

  useEffect(() => {
    call('review.settings', {}).then(
      (stored) => {
        setSettings(stored);
        setTagsText(stored.tags.join(' '));
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, []);

  if (!settings) {
    return error ? (
      <p className="dialog-error" role="alert">
        {error}
      </p>
    ) : (
      <p className="review-message">Loading the settings…</p>
    );
  }
  const change = (changes: Partial<ReviewSettings>) => setSettings({ ...settings, ...changes });

  const save = async () => {
    setError(null);
    try {
      await saveSettings(call, settings, tagsText);
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <form
      className="review-settings"
      data-testid="review-settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="review-field" htmlFor={ids.newPerDay}>
        <span className="field-label">New highlights a day</span>
        <input
          id={ids.newPerDay}
          type="number"
          min={0}
          max={1000}
          step={1}
          value={Number.isNaN(settings.newPerDay) ? '' : settings.newPerDay}
          onChange={(event) => change({ newPerDay: event.target.valueAsNumber })}
        />
      </label>
      <label className="review-check">
        <input
          type="checkbox"
          checked={settings.hideNotes}
          onChange={(event) => change({ hideNotes: event.target.checked })}
        />
        <span>Hide notes until I press Space</span>
      </label>
      <fieldset className="review-field">
        <legend className="field-label">Colours (none checked: all)</legend>
        <div className="review-colors">
          {highlightColors.map((color) => (
            <label key={color} className="review-check" data-color={color}>
              <input
                type="checkbox"
                checked={settings.colors.includes(color)}
                onChange={() => change({ colors: toggled(settings.colors, color) })}
              />
              <span className="swatch" aria-hidden="true" />
              <span>{color[0]?.toUpperCase() + color.slice(1)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="review-field" htmlFor={ids.tags}>
        <span className="field-label">Tags, on the highlight or its note (empty: all)</span>
        <input
          id={ids.tags}
          type="text"
          value={tagsText}
          placeholder="e.g. memory craft"
          onChange={(event) => setTagsText(event.target.value)}
        />
      </label>
      <fieldset className="review-field">
        <legend className="field-label">Documents (none checked: all)</legend>
        <ul className="review-documents">
          {documents.map((doc) => (
            <li key={doc.id}>
              <label className="review-check">
                <input
                  type="checkbox"
                  checked={settings.documentIds.includes(doc.id)}
                  onChange={() => change({ documentIds: toggled(settings.documentIds, doc.id) })}
                />
                <span>{doc.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary">
          Save settings
        </button>
      </div>
      <ExcludedList onIncluded={onIncluded} />
    </form>
  );
}
