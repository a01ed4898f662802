import { type Locator, type Page } from '@playwright/test';

/** The side panel describing the open document. */
export class DetailsPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'Document details', exact: true });
  }
}
