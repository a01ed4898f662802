import { useState } from 'react';
import type { CardNote } from '../../../shared/entities';
import type { Note } from '../../../shared/annotations';
import { plainExcerpt } from './format';
import { NotePicker } from './NotePicker';

interface CardNotesProps {
  notes: readonly CardNote[];
  /** The open document's notes, for "Link a note…". */
  documentNotes: readonly Note[];
  documentId: string;
  quoteOf(note: Note): string;
  onLink(noteId: string): Promise<boolean>;
  onUnlink(noteId: string): void;
}

const kindText = { auto: 'linked automatically', manual: 'linked by you' } as const;

/** The notes linked to the entity across the library, each with how it was linked. */
export function CardNotes(props: CardNotesProps) {
  const { notes, documentNotes, documentId } = props;
  const [linking, setLinking] = useState(false);
  const linked = new Set(notes.map((note) => note.noteId));
  const linkable = documentNotes.filter((note) => !linked.has(note.id));

  return (
    <section className="entity-card-section" aria-label="Linked notes">
      <h4 className="entity-card-heading">Notes</h4>
      {notes.length === 0 && (
        <p className="entity-card-muted">
          No notes yet. A note on a highlight that covers a mention is linked automatically.
        </p>
      )}
      {notes.length > 0 && (
        <ul className="entity-card-notes">
          {notes.map((note) => (
            <li
              key={note.noteId}
              className="entity-card-note"
              data-note-id={note.noteId}
              data-link-kind={note.kind}
            >
              <p className="entity-card-note-body">{plainExcerpt(note.body) || 'Empty note'}</p>
              <p className="entity-card-note-meta">
                <span className="link-kind" data-link-kind={note.kind}>
                  {kindText[note.kind]}
                </span>
                {note.documentId !== documentId && <span> · {note.documentTitle}</span>}
              </p>
              <button
                type="button"
                className="icon-button entity-card-note-remove"
                aria-label="Remove link"
                title="Remove link"
                onClick={() => props.onUnlink(note.noteId)}
              >
                <svg viewBox="0 0 16 16" aria-hidden="true">
                  <path d="m4 4 8 8M12 4l-8 8" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      {linking ? (
        <NotePicker
          notes={linkable}
          labelOf={(note) => props.quoteOf(note)}
          onPick={async (noteId) => {
            const done = await props.onLink(noteId);
            if (done) setLinking(false);
            return done;
          }}
          onCancel={() => setLinking(false)}
        />
      ) : (
        linkable.length > 0 && (
          <button type="button" className="link-button" onClick={() => setLinking(true)}>
            Link a note…
          </button>
        )
      )}
    </section>
  );
}
