// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

const dropEvent = (type: string, files: File[]): DragEvent => {
  const event = new Event(type, { cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', {
    value: { types: ['Files'], files },
  });
  return event;
};

describe('files dropped while the app starts', () => {
  it('are kept, not opened by the browser, and handed over once', async () => {
    vi.resetModules();
    const { catchEarlyDrops, takeEarlyDrops } = await import('./earlyDrops');
    catchEarlyDrops();
    const file = new File(['text'], 'notes.txt');
    const over = dropEvent('dragover', []);
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = dropEvent('drop', [file]);
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(takeEarlyDrops()).toEqual([file]);
    expect(takeEarlyDrops()).toEqual([]);
    // Once taken, the app's own listener handles drops: these are no longer kept.
    window.dispatchEvent(dropEvent('drop', [file]));
    expect(takeEarlyDrops()).toEqual([]);
  });
});
