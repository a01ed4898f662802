import type { FeatureHandlers } from '../../shared/contract';
import type { reviewMethods } from '../../shared/contract/review';
import type { ReviewService } from './service';

export interface ReviewDeps {
  review: ReviewService;
}

export const reviewHandlers = ({ review }: ReviewDeps): FeatureHandlers<typeof reviewMethods> => ({
  'review.queue': () => review.queue(),
  'review.dueCount': () => review.dueCount(),
  'review.rate': ({ highlightId, rating }) => review.rate(highlightId, rating),
  'review.settings': () => review.settings(),
  'review.updateSettings': (input) => review.updateSettings(input),
  'review.exclude': ({ highlightId }) => review.exclude(highlightId),
  'review.include': ({ highlightId }) => review.include(highlightId),
  'review.status': ({ highlightId }) => review.status(highlightId),
  'review.excluded': () => review.excluded(),
  'review.log': () => review.log(),
});
