import { expect, type Locator, type Page } from '@playwright/test';

/** Viewport points at the left edge of a text's first character and the right edge of its last. */
interface TextEdges {
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/**
 * In-page script (a string: this project's Node typings have no DOM): finds `text` inside one
 * text node of the article, scrolls it to the middle and measures its two ends.
 */
const measureText = (text: string): string => `(() => {
  const text = ${JSON.stringify(text)};
  const root = document.querySelector('[data-testid="reader-content"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue.indexOf(text);
    if (at < 0) continue;
    node.parentElement.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const first = range.getBoundingClientRect();
    range.setStart(node, at + text.length - 1);
    range.setEnd(node, at + text.length);
    const last = range.getBoundingClientRect();
    return {
      start: { x: first.left + 1, y: first.top + first.height / 2 },
      end: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }
  return null;
})()`;

/** The reader region: the article title (h1), section headings (h2) and the Lexical view. */
export class ReaderPage {
  readonly region: Locator;
  readonly title: Locator;
  readonly sectionHeadings: Locator;
  /** The read-only Lexical view holding the article blocks. */
  readonly content: Locator;
  readonly paragraphs: Locator;
  /** Every rendered highlight segment. */
  readonly marks: Locator;
  /** The segments of the selected highlight. */
  readonly selectedMarks: Locator;
  readonly shortcutsButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Reader', exact: true });
    this.title = this.region.getByRole('heading', { level: 1 });
    this.sectionHeadings = this.region.getByRole('heading', { level: 2 });
    this.content = this.region.getByTestId('reader-content');
    this.paragraphs = this.content.locator('p');
    this.marks = this.content.locator('mark[data-highlight-ids]');
    this.selectedMarks = this.content.locator('mark[data-selected]');
    this.shortcutsButton = this.region.getByRole('button', { name: 'Keyboard shortcuts' });
  }

  /** The segments of one highlight (a segment lists every highlight covering it). */
  marksOf(highlightId: string): Locator {
    return this.content.locator(`mark[data-highlight-ids~="${highlightId}"]`);
  }

  private async edges(text: string): Promise<TextEdges> {
    await this.content.waitFor();
    const edges = (await this.page.evaluate(measureText(text))) as TextEdges | null;
    if (!edges) throw new Error(`"${text}" is not in one text run of the article`);
    return edges;
  }

  /**
   * Selects `text` by dragging the real mouse across it, as a reader would. The text is
   * measured right before each drag and the drag is tried again if the page moved under it
   * (a panel that finished loading can shift the article by a line).
   */
  async dragSelect(text: string): Promise<void> {
    await expect(async () => {
      const { start, end } = await this.edges(text);
      await this.page.mouse.move(start.x, start.y);
      await this.page.mouse.down();
      await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
      await this.page.mouse.move(end.x, end.y, { steps: 5 });
      await this.page.mouse.up();
      expect(await this.selectedText()).toBe(text);
    }).toPass({ timeout: 10_000 });
  }

  /** Clicks just before `text`, putting the caret there (and focus in the reader). */
  async clickBefore(text: string): Promise<void> {
    const { start } = await this.edges(text);
    await this.page.mouse.click(start.x - 1, start.y);
  }

  /** The document's current text selection, as the page sees it. */
  async selectedText(): Promise<string> {
    return String(await this.page.evaluate('String(getSelection())'));
  }
}
