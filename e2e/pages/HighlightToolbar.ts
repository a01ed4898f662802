import { type Locator, type Page } from '@playwright/test';
import type { HighlightColor } from '../../src/shared/annotations';

const names: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The floating toolbar over a text selection in the reader (a `toolbar` named "Highlight"). */
export class HighlightToolbar {
  readonly toolbar: Locator;
  readonly addNote: Locator;
  readonly attachHere: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Highlight', exact: true });
    this.addNote = this.toolbar.getByRole('button', { name: 'Add note', exact: true });
    this.attachHere = this.toolbar.getByRole('button', { name: 'Attach here', exact: true });
    this.cancel = this.toolbar.getByRole('button', { name: 'Cancel', exact: true });
  }

  /** The button that highlights the selection in this colour. */
  color(color: HighlightColor): Locator {
    return this.toolbar.getByRole('button', { name: names[color], exact: true });
  }
}
