import { describe, expect, it } from 'vitest';
import { keyAction, type KeyPress } from './keymap';
import { selectionStep } from './keyboardSelection';
import { shortcutGroups } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyAction', () => {
  it('maps the single keys', () => {
    expect(keyAction(press('h'), false)).toBe('highlight');
    expect(keyAction(press('n'), false)).toBe('highlightWithNote');
    expect(keyAction(press('r'), false)).toBe('openReview');
    expect(keyAction(press('Delete'), false)).toBe('deleteHighlight');
    expect(keyAction(press('Backspace'), false)).toBe('deleteHighlight');
    expect(keyAction(press('Escape'), false)).toBe('escape');
    expect(keyAction(press('?', { shiftKey: true }), false)).toBe('showShortcuts');
  });

  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(keyAction(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(keyAction(press('z', { metaKey: true }), false)).toBe('undo');
    expect(keyAction(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(keyAction(press('Z', { metaKey: true, shiftKey: true }), false)).toBe('redo');
    expect(keyAction(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('maps Ctrl or Cmd+K and / to the search box, not while typing', () => {
    expect(keyAction(press('k', { ctrlKey: true }), false)).toBe('focusSearch');
    expect(keyAction(press('k', { metaKey: true }), false)).toBe('focusSearch');
    expect(keyAction(press('/'), false)).toBe('focusSearch');
    // Layouts where "/" is Shift+7 still reach it.
    expect(keyAction(press('/', { shiftKey: true }), false)).toBe('focusSearch');
    expect(keyAction(press('/'), true)).toBeNull();
    expect(keyAction(press('k'), false)).toBeNull();
  });

  it('leaves keys alone while typing, with modifiers, or composing', () => {
    expect(keyAction(press('h'), true)).toBeNull();
    expect(keyAction(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(keyAction(press('h', { ctrlKey: true }), false)).toBeNull();
    expect(keyAction(press('H', { shiftKey: true }), false)).toBeNull();
    expect(keyAction(press('h', { altKey: true }), false)).toBeNull();
    expect(keyAction(press('h', { isComposing: true }), false)).toBeNull();
  });
});

describe('selectionStep', () => {
  it('needs Shift, and steps by character, word, line or line end', () => {
    expect(selectionStep(press('ArrowRight'))).toBeNull();
    expect(selectionStep(press('ArrowRight', { shiftKey: true }))).toEqual({
      direction: 'forward',
      granularity: 'character',
    });
    expect(selectionStep(press('ArrowLeft', { shiftKey: true, ctrlKey: true }))).toEqual({
      direction: 'backward',
      granularity: 'word',
    });
    expect(selectionStep(press('ArrowDown', { shiftKey: true }))?.granularity).toBe('line');
    expect(selectionStep(press('End', { shiftKey: true }))?.granularity).toBe('lineboundary');
    expect(selectionStep(press('Home', { shiftKey: true, metaKey: true }))?.granularity).toBe(
      'documentboundary',
    );
  });
});

describe('shortcutGroups', () => {
  it('lists every action once, with the platform modifier', () => {
    const actions = shortcutGroups('Ctrl').flatMap((group) => group.entries.map((e) => e.action));
    expect(new Set(actions).size).toBe(actions.length);
    expect(JSON.stringify(shortcutGroups('⌘'))).toContain('⌘');
  });
});
