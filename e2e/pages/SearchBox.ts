import { expect, type Locator, type Page } from '@playwright/test';

/** In-page script: the viewport box of the reader's search-hit mark, or null when none. */
const markedBox = `(() => {
  const marked = CSS.highlights.get('gloss-search-hit');
  const range = marked && [...marked][0];
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, text: range.toString() };
})()`;

/** The library search in the top bar: its field, its results listbox and the reader's mark. */
export class SearchBox {
  readonly input: Locator;
  readonly results: Locator;
  readonly options: Locator;
  readonly noResults: Locator;
  readonly readerContent: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', { name: 'Search library' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.options = this.results.getByRole('option');
    this.noResults = page.getByTestId('search-no-results');
    this.readerContent = page.getByTestId('reader-content');
  }

  /** Types a search (replacing the last) and waits for its answer. */
  async search(text: string): Promise<void> {
    await this.input.fill(text);
    await expect(this.results.or(this.noResults)).toBeVisible();
    await expect(this.results.or(this.noResults)).not.toHaveAttribute('aria-busy', 'true');
  }

  /** The group of one document; its name is "<title>, <n> hits". */
  group(title: string): Locator {
    return this.results.getByRole('group', { name: `${title}, `, exact: false });
  }

  /** The words marked in an option's snippet. */
  marked(option: Locator): Locator {
    return option.locator('mark');
  }

  /** The range the reader marks, "start-end" in the canonical text, or null. */
  markedRange(): Promise<string | null> {
    return this.readerContent.getAttribute('data-search-hit');
  }

  /** The marked text and whether it lies inside the reader's visible area. */
  async markInView(): Promise<{ text: string; inView: boolean } | null> {
    const box = (await this.page.evaluate(markedBox)) as {
      top: number;
      bottom: number;
      text: string;
    } | null;
    if (!box) return null;
    const viewport = this.page.viewportSize();
    return { text: box.text, inView: box.top >= 0 && box.bottom <= (viewport?.height ?? 0) };
  }
}
