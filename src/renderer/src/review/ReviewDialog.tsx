import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { isTypingTarget } from '../keyboard/keymap';
import { useModalDialog } from '../ui/useModalDialog';
import { ReviewBody } from './ReviewBody';
import { ReviewSettingsForm } from './ReviewSettingsForm';
import { currentCard, progressText, ratingForKey } from './session';
import { useReviewSession } from './useReviewSession';

interface ReviewDialogProps {
  documents: readonly DocumentSummary[];
  /** A rating or exclusion was stored: the due count changed. */
  onChanged(): void;
  onClose(): void;
}

/**
 * The Review view: today's highlights one at a time, rated with the buttons or keys 1 to 4,
 * Space showing a hidden note, and the settings one button away. Escape closes it.
 */
export function ReviewDialog({ documents, onChanged, onClose }: ReviewDialogProps) {
  const titleId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const [mode, setMode] = useState<'cards' | 'settings'>('cards');
  const review = useReviewSession(onChanged);
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: onClose,
    initialFocus: cardRef,
    isolateKeys: true,
  });
  const session = review.load.status === 'ready' ? review.load.session : null;
  const card = session ? currentCard(session) : undefined;

  // Each new card takes focus, so its keys work and a screen reader lands on it.
  const index = session?.index;
  useEffect(() => {
    if (mode === 'cards') (cardRef.current ?? dialogRef.current)?.focus();
  }, [index, mode, dialogRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (mode === 'cards' && card && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const typing = isTypingTarget(event.target);
      const rating = typing ? null : ratingForKey(event.key);
      if (rating) {
        event.preventDefault();
        void review.rate(rating);
        return;
      }
      // Space reveals a hidden note, even from a focused button (which it would otherwise press).
      if (event.key === ' ' && !typing && session && !session.revealed) {
        event.preventDefault();
        review.reveal();
        return;
      }
    }
    dialogProps.onKeyDown(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog review-dialog"
      aria-labelledby={titleId}
      data-testid="review-dialog"
      {...dialogProps}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <header className="review-header">
        <h2 className="dialog-title" id={titleId}>
          {mode === 'settings' ? 'Review settings' : 'Review'}
        </h2>
        {mode === 'cards' && session && card && (
          <p className="review-progress" data-testid="review-progress">
            {progressText(session)}
          </p>
        )}
        <button
          type="button"
          className="button button-small"
          aria-pressed={mode === 'settings'}
          onClick={() => setMode((m) => (m === 'cards' ? 'settings' : 'cards'))}
        >
          Settings
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="visually-hidden" role="status" data-testid="review-status">
        {mode === 'cards' ? (session?.announcement ?? '') : ''}
      </p>
      {mode === 'settings' ? (
        <ReviewSettingsForm
          documents={documents}
          onSaved={() => {
            setMode('cards');
            void review.restart();
            onChanged();
          }}
          onIncluded={onChanged}
        />
      ) : (
        <ReviewBody review={review} cardRef={cardRef} onClose={onClose} />
      )}
    </dialog>
  );
}
