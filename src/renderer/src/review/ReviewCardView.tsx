import type { Ref } from 'react';
import type { ReviewCard } from '../../../shared/review';
import { NoteMarkdown } from '../notes/noteMarkdownOnDemand';
import { MetaSeparator } from '../ui/MetaSeparator';

interface ReviewCardViewProps {
  card: ReviewCard;
  revealed: boolean;
  onReveal(): void;
  ref?: Ref<HTMLElement>;
}

/** One highlight: where it is from, its words in their context, and its note once revealed. */
export function ReviewCardView({ card, revealed, onReveal, ref }: ReviewCardViewProps) {
  const orphan = card.status === 'orphaned';
  return (
    <article
      ref={ref}
      className="review-card"
      tabIndex={-1}
      aria-label={`Highlight from ${card.documentTitle}`}
      data-testid="review-card"
      data-highlight-id={card.highlightId}
      data-status={card.status}
    >
      <p className="review-source">
        <span className="review-document" data-testid="review-document">
          {card.documentTitle}
        </span>
        {card.pages && (
          <>
            <MetaSeparator />
            <span data-testid="review-pages">{card.pages}</span>
          </>
        )}
        {orphan && (
          <span className="review-orphan" data-testid="review-orphan">
            Its words are no longer in the text
          </span>
        )}
      </p>
      <blockquote className="review-context" data-testid="review-context">
        {card.context.before}
        <mark className="review-quote" data-color={card.color} data-testid="review-quote">
          {card.quote}
        </mark>
        {card.context.after}
      </blockquote>
      {card.note !== null &&
        (revealed ? (
          <section className="review-note" aria-label="Note" data-testid="review-note">
            <NoteMarkdown body={card.note} />
          </section>
        ) : (
          <button
            type="button"
            className="button button-small review-reveal"
            aria-keyshortcuts="Space"
            onClick={onReveal}
          >
            Show note <kbd aria-hidden="true">Space</kbd>
          </button>
        ))}
    </article>
  );
}
