// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreen, firstScreenHtml } from '../../../shared/firstScreen';
import type { Block, GlossDocument } from '../../../shared/model';

const doc = (blocks: Block[]): GlossDocument => ({
  id: 'doc-1',
  title: 'A short title',
  source: 'notes.txt',
  addedAt: '2026-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 100,
  highlightCount: 0,
  noteCount: 0,
  entityCount: null,
  byline: 'A. Writer',
  siteName: null,
  publishedAt: null,
  blocks,
});

const load = async () => {
  vi.resetModules();
  document.body.replaceChildren();
  return import('./firstScreen');
};

const screen = () => document.querySelector('.first-screen');

describe('the first screen', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('draws the title, the provenance and the blocks as the reader does, hidden from assistive technology', async () => {
    const { showFirstScreen } = await load();
    showFirstScreen(
      doc([
        { kind: 'paragraph', text: 'First paragraph.' },
        { kind: 'heading', level: 3, text: 'A section' },
        { kind: 'listItem', text: 'one' },
        { kind: 'listItem', text: 'two' },
        { kind: 'quote', text: 'Quoted.' },
      ]),
    );
    const drawn = screen();
    expect(drawn?.getAttribute('aria-hidden')).toBe('true');
    expect(drawn?.querySelector('h1')?.textContent).toBe('A short title');
    expect(drawn?.querySelector('.article-meta')?.textContent).toBe(
      'A. Writer·notes.txt·Added Mar 1, 2026',
    );
    const text = drawn?.querySelector('.article-text');
    expect(
      [...(text?.children ?? [])].map((child) => `${child.tagName} ${child.className}`),
    ).toEqual([
      'P article-p',
      'H3 article-h article-h3',
      'UL article-list',
      'BLOCKQUOTE article-quote',
    ]);
    expect([...(text?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'one',
      'two',
    ]);
  });

  it('draws about a screen of a long text, not all of it', async () => {
    const { showFirstScreen } = await load();
    const paragraph = 'word '.repeat(200);
    showFirstScreen(
      doc(Array.from({ length: 500 }, () => ({ kind: 'paragraph' as const, text: paragraph }))),
    );
    const drawn = screen()?.querySelectorAll('.article-p').length ?? 0;
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(20);
  });

  it('gives way to the reader, and is not drawn over a reader already on screen', async () => {
    const first = await load();
    first.showFirstScreen(doc([{ kind: 'paragraph', text: 'Text.' }]));
    expect(screen()).not.toBeNull();
    first.removeFirstScreen();
    expect(screen()).toBeNull();

    const second = await load();
    second.noteReaderShown();
    second.showFirstScreen(doc([{ kind: 'paragraph', text: 'Text.' }]));
    expect(screen()).toBeNull();
  });

  it('draws nothing, and does not throw, for an answer it cannot read', async () => {
    const { showFirstScreen } = await load();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => showFirstScreen({ id: 'x' } as unknown as GlossDocument)).not.toThrow();
    expect(screen()).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('takes the first screen the server wrote into the page as its own: the same elements, and the document to open', async () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Tom & Jerry <b>not bold</b> "quoted"' },
      { kind: 'heading', level: 2, text: "It's a section" },
      { kind: 'listItem', text: 'one' },
    ];
    const drawnByScript = await load();
    drawnByScript.showFirstScreen(doc(blocks));
    const scripted = screen()?.outerHTML;

    const { adoptServedFirstScreen, removeFirstScreen } = await load();
    document.body.innerHTML = `<div id="root"></div>${firstScreenHtml(firstScreen(doc(blocks)))}`;
    expect(screen()?.outerHTML).toBe(scripted);
    expect(screen()?.querySelector('.article-p')?.textContent).toBe(
      'Tom & Jerry <b>not bold</b> "quoted"',
    );
    expect(screen()?.querySelector('b')).toBeNull();
    expect(adoptServedFirstScreen()).toBe('doc-1');
    removeFirstScreen();
    expect(screen()).toBeNull();
  });

  it('adopts nothing from a page served without a first screen', async () => {
    const { adoptServedFirstScreen } = await load();
    document.body.innerHTML = '<div id="root"></div>';
    expect(adoptServedFirstScreen()).toBeNull();
  });
});
