import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNamesFor, isSafeFileName, safeFileName } from '../../shared/export/names';

const hostileTitles = [
  '..',
  '.',
  '../../etc/passwd',
  '..\\..\\Windows\\System32',
  '/absolute/path',
  'CON',
  'con',
  'NUL',
  'nul.md',
  'COM1',
  'LPT9',
  'AUX',
  'PRN',
  'Trailing dots...',
  'Trailing spaces   ',
  'a:b*c?d"e<f>g|h',
  'tab\tand\nnew line',
  '',
  '   ',
  '\u202Eevil\u202C',
];

/** The file a name would be written to stays directly in the export folder. */
const staysIn = (folder: string, name: string): boolean =>
  path.dirname(path.resolve(folder, `${name}.md`)) === folder;

describe('exported file names', () => {
  it('are safe, and stay in the folder, whatever the title', () => {
    const folder = path.resolve('/tmp/vault');
    const names = fileNamesFor(hostileTitles.map((title, index) => ({ id: `id-${index}`, title })));
    for (const name of names.values()) {
      expect(isSafeFileName(`${name}.md`)).toBe(true);
      expect(staysIn(folder, name)).toBe(true);
    }
    // A reserved title still gives a name, told apart by its id.
    expect(names.get('id-5')).toMatch(/^con-id-5/u);
  });

  it('hold for any title and id (property)', () => {
    const folder = path.resolve('/tmp/vault');
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), title: fc.string() }), { maxLength: 8 }),
        (docs) => {
          const unique = [...new Map(docs.map((doc) => [doc.id, doc])).values()];
          for (const name of fileNamesFor(unique).values()) {
            expect(isSafeFileName(name)).toBe(true);
            expect(staysIn(folder, name)).toBe(true);
          }
        },
      ),
    );
  });

  it.each([
    ['..', 'document'],
    ['.', 'document'],
    ['a/../b', 'a-..-b'],
    ['..\\evil', '..-evil'],
    ['CON', 'CON_'],
    ['nul.md', 'nul_.md'],
    ['com1', 'com1_'],
    ['LPT¹', 'LPT¹_'],
    ['notes. . ', 'notes'],
    ['a:b|c', 'a-b-c'],
    ['fine-name.md', 'fine-name.md'],
  ])('makes %j safe as %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
    expect(isSafeFileName(safeFileName(name))).toBe(true);
  });

  it('tells a safe name from one that is not', () => {
    expect(isSafeFileName('index.md')).toBe(true);
    expect(isSafeFileName('references.bib')).toBe(true);
    for (const name of [
      '..',
      '.',
      'CON',
      'con.md',
      'COM1.json',
      'a/b.md',
      'a\\b.md',
      'x.md.',
      'x ',
      '',
    ])
      expect(isSafeFileName(name)).toBe(false);
  });
});
