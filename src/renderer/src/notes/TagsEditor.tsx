import { useId, useState, type KeyboardEvent } from 'react';
import { tagProblem } from '../annotations/colors';

interface TagsEditorProps {
  tags: readonly string[];
  /** Commits the new tags; resolves to an error message, or null once saved. */
  onChange(tags: string[]): Promise<string | null>;
}

/** Tags as removable chips and an input: type a tag, Enter adds it. */
export function TagsEditor({ tags, onChange }: TagsEditorProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const problemId = useId();

  const commit = async (next: string[]) => {
    setBusy(true);
    const failure = await onChange(next);
    setBusy(false);
    setProblem(failure);
    return failure === null;
  };

  const add = async () => {
    const tag = text.trim();
    if (!tag) return;
    const why = tagProblem(tags, tag);
    if (why !== null) {
      setProblem(why);
      return;
    }
    if (await commit([...tags, tag])) setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      // As in most tag inputs: Backspace in the empty field takes the last tag off.
      void commit(tags.slice(0, -1));
    }
  };

  return (
    <div className="tags-editor">
      <label className="note-field-label" htmlFor={inputId}>
        Tags
      </label>
      <div className="tags-field">
        {tags.length > 0 && (
          <ul className="tags-chips" aria-label="Tags">
            {tags.map((tag) => (
              <li className="tag-chip" key={tag}>
                {tag}
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  disabled={busy}
                  onClick={() => void commit(tags.filter((item) => item !== tag))}
                />
              </li>
            ))}
          </ul>
        )}
        <input
          id={inputId}
          className="tags-input"
          value={text}
          placeholder={tags.length ? 'Add a tag' : 'Add a tag, then Enter'}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {problem !== null && (
        <p className="note-error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
