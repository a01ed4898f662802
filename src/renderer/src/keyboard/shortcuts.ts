/** One line of the shortcuts sheet: the keys, as shown, and what they do. */
export interface ShortcutEntry {
  keys: string[][];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  entries: ShortcutEntry[];
}

/** The primary modifier's name where the app runs: ⌘ on a Mac, Ctrl elsewhere. */
export const primaryModifier = (): string =>
  /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * Every keyboard shortcut, as the sheet lists them. Alternatives are separate key lists
 * ("Ctrl+Y" or "Ctrl+Shift+Z"); each inner list is pressed together.
 */
export const shortcutGroups = (mod = primaryModifier()): ShortcutGroup[] => {
  const word = mod === '⌘' ? 'Option' : 'Ctrl';
  return [
    {
      title: 'Select text',
      entries: [
        {
          keys: [
            ['Shift', '←'],
            ['Shift', '→'],
          ],
          action: 'Extend the selection by a character',
        },
        {
          keys: [
            ['Shift', word, '←'],
            ['Shift', word, '→'],
          ],
          action: 'Extend it by a word',
        },
        {
          keys: [
            ['Shift', '↑'],
            ['Shift', '↓'],
          ],
          action: 'Extend it by a line',
        },
        {
          keys: [
            ['Shift', 'Home'],
            ['Shift', 'End'],
          ],
          action: 'Extend it to the line’s start or end',
        },
        { keys: [['Esc']], action: 'Clear the selection' },
      ],
    },
    {
      title: 'Highlights',
      entries: [
        { keys: [['H']], action: 'Highlight the selection in the current colour' },
        { keys: [['N']], action: 'Highlight the selection and write a note' },
        { keys: [['Delete'], ['Backspace']], action: 'Delete the selected highlight' },
        { keys: [[mod, 'Z']], action: 'Undo the last annotation change' },
        {
          keys:
            mod === '⌘'
              ? [[mod, 'Shift', 'Z']]
              : [
                  [mod, 'Shift', 'Z'],
                  [mod, 'Y'],
                ],
          action: 'Redo',
        },
      ],
    },
    {
      title: 'Entities',
      entries: [
        { keys: [[']']], action: 'Next mention of the selected entity' },
        { keys: [['[']], action: 'Previous mention' },
      ],
    },
    {
      title: 'Search',
      entries: [
        { keys: [[mod, 'K'], ['/']], action: 'Search the library' },
        { keys: [['↑'], ['↓']], action: 'Move through the results' },
        { keys: [['Enter']], action: 'Open the document at the result' },
        { keys: [['Esc']], action: 'Close the results; again to clear the search' },
      ],
    },
    {
      title: 'Review',
      entries: [
        { keys: [['R']], action: 'Open today’s review' },
        { keys: [['Space']], action: 'Show the note of the card' },
        { keys: [['1'], ['2'], ['3'], ['4']], action: 'Rate it Again, Hard, Good or Easy' },
        { keys: [['Esc']], action: 'Close the review' },
      ],
    },
    {
      title: 'Help',
      entries: [{ keys: [['?']], action: 'Show these shortcuts' }],
    },
  ];
};
