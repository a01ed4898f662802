import { type Locator, type Page } from '@playwright/test';

/** The reader region: the article title (h1), section headings (h2) and the Lexical view. */
export class ReaderPage {
  readonly region: Locator;
  readonly title: Locator;
  readonly sectionHeadings: Locator;
  /** The read-only Lexical view holding the article blocks. */
  readonly content: Locator;
  readonly paragraphs: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Reader', exact: true });
    this.title = this.region.getByRole('heading', { level: 1 });
    this.sectionHeadings = this.region.getByRole('heading', { level: 2 });
    this.content = this.region.getByTestId('reader-content');
    this.paragraphs = this.content.locator('p');
  }
}
