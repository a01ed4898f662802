import { expect, type Locator, type Page } from '@playwright/test';

export type ExportScopeLabel = 'This document' | 'Choose documents' | 'Whole library';
export type ExportFormatLabel = 'Markdown' | 'JSON' | 'CSV' | 'Anki';

/** The Export dialog, opened from the top bar's "Export…" button. */
export class ExportDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly status: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export…' });
    this.dialog = page.getByRole('dialog', { name: 'Export' });
    this.status = this.dialog.getByRole('status');
    this.error = this.dialog.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /**
   * Exports through the dialog in browser mode, where the destination is typed: the "Folder"
   * field for Markdown, "File" for JSON, CSV and Anki.
   */
  async exportTo(path: string, format: ExportFormatLabel, scope: ExportScopeLabel): Promise<void> {
    await this.dialog.getByRole('radio', { name: scope }).check();
    await this.dialog.getByRole('radio', { name: format, exact: true }).check();
    const field = format === 'Markdown' ? 'Folder' : 'File';
    await this.dialog.getByRole('textbox', { name: field }).fill(path);
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Close|Cancel)$/u }).click();
    await expect(this.dialog).toBeHidden();
  }
}
