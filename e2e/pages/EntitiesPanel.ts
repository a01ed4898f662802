import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evaluated in the page (the e2e typings have no DOM): how many mentions are painted. */
const markedScript = "CSS.highlights.get('gloss-entity')?.size ?? 0";
const currentScript = "CSS.highlights.get('gloss-entity-current')?.size ?? 0";

/**
 * The Entities tab of the side panel, the open entity's card, and the mention bar in the
 * reader (docs/AUTOMATION.md § Entities).
 */
export class EntitiesPanel {
  readonly tab: Locator;
  readonly region: Locator;
  readonly filter: Locator;
  /** Every entity item in the list (the list is replaced by the card while one is open). */
  readonly items: Locator;
  readonly progress: Locator;
  /** Opens and closes the collapsed "Hidden" group (a <summary>). */
  readonly hiddenToggle: Locator;
  /** The card of the open entity. */
  readonly card: Locator;
  readonly cardName: Locator;
  readonly back: Locator;
  /** The polite status line saying what the last correction did. */
  readonly message: Locator;
  /** The mention bar at the foot of the reader. */
  readonly navigator: Locator;
  readonly article: Locator;

  constructor(readonly page: Page) {
    const aside = page.getByRole('complementary', { name: 'Document details', exact: true });
    this.tab = aside.getByRole('tab', { name: 'Entities', exact: true });
    this.region = page.getByRole('region', { name: 'Entities', exact: true });
    this.filter = this.region.getByRole('searchbox', { name: 'Filter entities' });
    this.items = this.region.locator('button[data-entity-id]');
    this.progress = this.region.getByRole('progressbar');
    this.hiddenToggle = this.region.locator('summary', { hasText: /^Hidden/ });
    this.card = this.region.locator('article[data-entity-card]');
    this.cardName = this.card.getByRole('heading', { level: 3 });
    this.back = this.region.getByRole('button', { name: 'All entities' });
    this.message = this.region.getByRole('status');
    const reader = page.getByRole('region', { name: 'Reader', exact: true });
    this.navigator = reader.getByRole('group', { name: 'Mentions' });
    this.article = reader.getByTestId('reader-content');
  }

  /** An entity's item by its canonical name (the accessible name begins with it). */
  item(name: string): Locator {
    return this.region.getByRole('button', { name: new RegExp(`^${escape(name)},`) });
  }

  /** A group's list: People, Organisations, Places, Dates, Money, Percentages, Quantities, Misc, Hidden. */
  group(label: string): Locator {
    return this.region.getByRole('list', { name: label, exact: true });
  }

  /** The group headings, in order, e.g. "People, 6". */
  groupHeadings(): Locator {
    return this.region.getByRole('heading', { level: 3 });
  }

  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.region).toBeVisible();
  }

  /** Shows the tab, goes back to the list if a card is open, and opens this entity's card. */
  async open(name: string): Promise<void> {
    await this.show();
    if (await this.card.isVisible()) await this.back.click();
    await this.item(name).click();
    await expect(this.cardName).toHaveText(name);
  }

  /** "Mention i of N" in the mention bar. */
  position(): Locator {
    return this.navigator.getByText(/^(Mention \d+ of \d+|No mentions in this document)$/);
  }

  async next(): Promise<void> {
    await this.navigator.getByRole('button', { name: 'Next mention' }).click();
  }

  async previous(): Promise<void> {
    await this.navigator.getByRole('button', { name: 'Previous mention' }).click();
  }

  /** How many mentions the reader paints (CSS Custom Highlight API). */
  async markedCount(): Promise<number> {
    return Number(await this.page.evaluate(markedScript));
  }

  async currentMarked(): Promise<number> {
    return Number(await this.page.evaluate(currentScript));
  }

  /** The card's linked note, by note id. */
  cardNote(noteId: string): Locator {
    return this.card.locator(`li[data-note-id="${noteId}"]`);
  }
}
