import { expect, type Locator, type Page } from '@playwright/test';

/** The modal dialog named "Trash": trashed documents, restored or deleted for good. */
export class TrashDialog {
  readonly dialog: Locator;
  readonly list: Locator;
  readonly items: Locator;
  readonly emptyMessage: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Trash' });
    this.list = this.dialog.getByRole('list', { name: 'Trashed documents' });
    this.items = this.list.getByRole('listitem');
    this.emptyMessage = this.dialog.getByText('The Trash is empty.', { exact: true });
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async restore(title: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Restore ${title}`, exact: true }).click();
    await expect(this.item(title)).toHaveCount(0);
  }

  /** "Delete <title> forever", then the confirm alertdialog's "Delete forever". */
  async deleteForever(title: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Delete ${title} forever`, exact: true }).click();
    await this.confirm('Delete forever');
    await expect(this.item(title)).toHaveCount(0);
  }

  /** "Empty Trash", then the confirm alertdialog's own "Empty Trash". */
  async empty(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Empty Trash', exact: true }).click();
    await this.confirm('Empty Trash');
    await expect(this.emptyMessage).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  private async confirm(name: string): Promise<void> {
    const confirm = this.page.getByRole('alertdialog');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name, exact: true }).click();
    await expect(confirm).toBeHidden();
  }
}
