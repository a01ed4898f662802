import { type Locator, type Page } from '@playwright/test';

/** The side panel describing the open document: tabs "Notes" and "Details". */
export class DetailsPanel {
  readonly region: Locator;
  readonly detailsTab: Locator;
  /** The Details tab's panel: facts, "Replace text…" and the outline. */
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'Document details', exact: true });
    this.detailsTab = this.region.getByRole('tab', { name: 'Details', exact: true });
    this.details = this.region.getByRole('tabpanel', { name: 'Details', exact: true });
  }

  async show(): Promise<void> {
    await this.detailsTab.click();
  }
}
