import { expect, type Locator, type Page } from '@playwright/test';
import { TrashDialog } from './TrashDialog';

/**
 * The library pane: one `listitem` per document, opened, renamed and deleted by its title; the
 * filter box, the sort menu and the Trash button at its foot.
 */
export class LibraryPage {
  readonly list: Locator;
  readonly items: Locator;
  readonly filter: Locator;
  readonly sort: Locator;
  readonly trashButton: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Library', exact: true });
    this.items = this.list.getByRole('listitem');
    this.filter = page.getByRole('searchbox', { name: 'Filter library' });
    this.sort = page.getByRole('combobox', { name: 'Sort by' });
    this.trashButton = page.getByRole('button', { name: /^Trash\b/ });
  }

  /** The button that opens a document; its accessible name is the title. */
  openButton(title: string): Locator {
    return this.list.getByRole('button', { name: title, exact: true });
  }

  item(title: string): Locator {
    // `has` is resolved inside each item, so it must not start from the list again.
    const open = this.page.getByRole('button', { name: title, exact: true });
    return this.items.filter({ has: open });
  }

  /** The titles in the order the list shows them. */
  titles(): Promise<string[]> {
    return this.items.locator('.library-open').allInnerTexts();
  }

  /** "1 highlight · 2 notes · 29 entities" of a document. */
  counts(title: string): Locator {
    return this.item(title).getByTestId('library-counts');
  }

  async open(title: string): Promise<void> {
    await this.openButton(title).click();
  }

  /** Opens the inline title field of a document and returns it. */
  async startRename(title: string): Promise<Locator> {
    await this.list.getByRole('button', { name: `Rename ${title}`, exact: true }).click();
    const field = this.list.getByRole('textbox', { name: 'Title' });
    await expect(field).toBeFocused();
    return field;
  }

  async rename(title: string, newTitle: string): Promise<void> {
    const field = await this.startRename(title);
    await field.fill(newTitle);
    await field.press('Enter');
    await expect(field).toBeHidden();
    await expect(this.openButton(newTitle)).toBeVisible();
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

  async openTrash(): Promise<TrashDialog> {
    await this.trashButton.click();
    const trash = new TrashDialog(this.page);
    await expect(trash.dialog).toBeVisible();
    return trash;
  }
}
