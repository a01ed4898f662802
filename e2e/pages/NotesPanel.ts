import { expect, type Locator, type Page } from '@playwright/test';
import type { Highlight, HighlightColor } from '../../src/shared/annotations';
import type { GlossApp } from '../fixtures';

/** The Notes tab of the side panel: filters, highlights with their notes, document notes, orphans. */
export class NotesPanel {
  readonly tab: Locator;
  readonly region: Locator;
  /** Highlights placed in the text, in reading order. */
  readonly items: Locator;
  readonly documentNotes: Locator;
  readonly orphans: Locator;
  /** The open note editor's textbox (one at a time in these tests). */
  readonly noteBox: Locator;
  readonly count: Locator;
  readonly colorFilter: Locator;
  readonly tagFilter: Locator;

  constructor(readonly page: Page) {
    const aside = page.getByRole('complementary', { name: 'Document details', exact: true });
    this.tab = aside.getByRole('tab', { name: 'Notes', exact: true });
    this.region = page.getByRole('region', { name: 'Notes', exact: true });
    this.items = this.region.getByRole('list', { name: 'Highlights' }).locator('> li');
    this.documentNotes = this.region
      .getByRole('group', { name: 'Document notes' })
      .locator('li[data-note-id]');
    this.orphans = this.region.getByRole('group', { name: /^Orphaned highlights/ });
    this.noteBox = this.region.getByRole('textbox', { name: 'Note', exact: true });
    this.count = this.region.locator('.notes-count');
    this.colorFilter = this.region.getByRole('group', { name: 'Filter by colour' });
    this.tagFilter = this.region.getByRole('combobox', { name: 'Filter by tag' });
  }

  /** A highlight's item, placed or orphaned. */
  item(highlightId: string): Locator {
    return this.region.locator(`li[data-highlight-id="${highlightId}"]`);
  }

  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.region).toBeVisible();
  }

  /** Selects the item and writes its note through the editor, then waits for "Saved". */
  async writeNote(highlightId: string, body: string): Promise<void> {
    const item = this.item(highlightId);
    await item.locator('.note-quote').click();
    await item.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    const box = item.getByRole('textbox', { name: 'Note', exact: true });
    await expect(box).toBeFocused();
    await box.fill(body);
    await item.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(box).toHaveCount(0);
    await expect(item.getByRole('status')).toHaveText('Saved');
  }
}

/** The canonical text of a document: its blocks joined by blank lines (DESIGN.md § Text model). */
export const canonicalTextOf = async (gloss: GlossApp, documentId: string): Promise<string> => {
  const doc = await gloss.call('documents.get', { id: documentId });
  if (!doc.ok) throw new Error(doc.error.message);
  return doc.value.blocks.map((block) => block.text).join('\n\n');
};

/** Highlights the first occurrence of `exact` through the API, as a test's setup. */
export const highlightThrough = async (
  gloss: GlossApp,
  documentId: string,
  exact: string,
  color: HighlightColor = 'yellow',
): Promise<Highlight> => {
  const text = await canonicalTextOf(gloss, documentId);
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the document`);
  const created = await gloss.call('highlights.create', {
    documentId,
    start,
    end: start + exact.length,
    color,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
};

/** The id of the only document of a fresh library: the bundled article. */
export const bundledDocumentId = async (gloss: GlossApp): Promise<string> => {
  const list = await gloss.call('library.list', {});
  if (!list.ok || !list.value[0]) throw new Error('The library has no document.');
  return list.value[0].id;
};
