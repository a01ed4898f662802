import type { Locator, Page } from '@playwright/test';
import type { ReviewRating } from '../../src/shared/review';

/** The top bar's Review button and the Review view (a modal dialog) it opens. */
export class ReviewView {
  readonly button: Locator;
  readonly dueCount: Locator;
  readonly dialog: Locator;
  readonly card: Locator;
  readonly quote: Locator;
  readonly note: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly empty: Locator;
  readonly finished: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('review-button');
    this.dueCount = page.getByTestId('review-due-count');
    this.dialog = page.getByRole('dialog', { name: /^Review/u });
    this.card = this.dialog.getByTestId('review-card');
    this.quote = this.dialog.getByTestId('review-quote');
    this.note = this.dialog.getByTestId('review-note');
    this.progress = this.dialog.getByTestId('review-progress');
    this.status = this.dialog.getByTestId('review-status');
    this.empty = this.dialog.getByTestId('review-empty');
    this.finished = this.dialog.getByTestId('review-finished');
  }

  /** The button of one rating: Again, Hard, Good or Easy. */
  rate(rating: ReviewRating): Locator {
    return this.dialog.locator(`button[data-rating="${rating}"]`);
  }
}
