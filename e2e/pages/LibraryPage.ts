import { expect, type Locator, type Page } from '@playwright/test';

/** The library list: one `listitem` per document, opened and deleted by its title. */
export class LibraryPage {
  readonly list: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Library', exact: true });
    this.items = this.list.getByRole('listitem');
  }

  /** The button that opens a document; its accessible name is the title. */
  openButton(title: string): Locator {
    return this.list.getByRole('button', { name: title, exact: true });
  }

  item(title: string): Locator {
    // `has` is matched inside each item, so it must not start from the list again.
    return this.items.filter({
      has: this.page.getByRole('button', { name: title, exact: true }),
    });
  }

  async open(title: string): Promise<void> {
    await this.openButton(title).click();
  }

  /** Deletes through the UI: the item's "Delete <title>" button, then the confirm dialog. */
  async delete(title: string): Promise<void> {
    await this.list.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    const dialog = this.page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.item(title)).toHaveCount(0);
  }
}
