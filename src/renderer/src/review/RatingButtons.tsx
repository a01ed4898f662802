import { reviewRatings, type ReviewRating } from '../../../shared/review';
import { ratingLabels } from './session';

interface RatingButtonsProps {
  disabled: boolean;
  onRate(rating: ReviewRating): void;
}

/** Again, Hard, Good, Easy, with their keys 1 to 4. */
export function RatingButtons({ disabled, onRate }: RatingButtonsProps) {
  return (
    <div className="review-ratings" role="group" aria-label="How well did you remember it?">
      {reviewRatings.map((rating, index) => (
        <button
          key={rating}
          type="button"
          className="button review-rate"
          data-rating={rating}
          aria-keyshortcuts={String(index + 1)}
          disabled={disabled}
          onClick={() => onRate(rating)}
        >
          <span>{ratingLabels[rating]}</span>
          <kbd aria-hidden="true">{index + 1}</kbd>
        </button>
      ))}
    </div>
  );
}
