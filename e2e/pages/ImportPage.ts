import { expect, type Locator, type Page } from '@playwright/test';

/** A file handed to the hidden file input: a name and its bytes, no file on disk needed. */
export interface ImportFixture {
  name: string;
  content: string | Uint8Array;
}

const mimeTypes: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
};

/**
 * Importing through the UI: the library's Import menu, the "Paste text" dialog, the hidden
 * file input (data-testid import-file-input) and the progress / summary panel.
 */
export class ImportPage {
  readonly menuButton: Locator;
  readonly fileInput: Locator;
  readonly pasteDialog: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly failures: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByRole('button', { name: 'Import', exact: true });
    this.fileInput = page.getByTestId('import-file-input');
    this.pasteDialog = page.getByRole('dialog', { name: 'Paste text' });
    this.progress = page.getByTestId('import-progress');
    this.summary = page.getByTestId('import-summary');
    this.failures = this.summary.getByRole('list', { name: 'Files not imported' }).locator('li');
  }

  async openPasteDialog(): Promise<void> {
    await this.menuButton.click();
    await this.page.getByRole('menuitem', { name: 'Paste text…' }).click();
    await expect(this.pasteDialog).toBeVisible();
  }

  /** Fills the dialog and presses Import; the caller checks what followed. */
  async paste(text: string, title = ''): Promise<void> {
    await this.openPasteDialog();
    await this.pasteDialog.getByLabel('Title').fill(title);
    await this.pasteDialog.getByLabel('Text', { exact: true }).fill(text);
    await this.pasteDialog.getByRole('button', { name: 'Import' }).click();
  }

  /** Chooses files as "Open files…" would, without the native dialog. */
  async chooseFiles(files: readonly ImportFixture[]): Promise<void> {
    await this.fileInput.setInputFiles(
      files.map(({ name, content }) => ({
        name,
        mimeType:
          mimeTypes[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
        buffer: Buffer.from(content),
      })),
    );
  }
}
