import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { makeHandlers } from '../shared/contract/testing';
import { importFiles } from './import';
import { runCliIn, useTempDirs } from './testing';
import { importTestTimeout } from '../core/import/testing';

// The first import or export in a process loads its parsers (jsdom, the Markdown and YAML
// stack) on demand: about 1 s alone, several on a busy machine.
const firstUse = { timeout: 30_000 };

const runIn = (dataDir: string, argv: string[]) => runCliIn(argv, { dataDir });

describe('gloss import', { timeout: importTestTimeout }, () => {
  const tempDir = useTempDirs();
  const fileIn = (dir: string, name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('imports text, Markdown and HTML files, one line each, and lists them', firstUse, async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const files = [
      fileIn(folder, 'plain.txt', 'Plain Notes\n\nA line of plain text.\n'),
      fileIn(folder, 'marked.md', '# Marked Notes\n\n- an item\n'),
      fileIn(
        folder,
        'page.HTML',
        '<title>Page Notes</title><article><p>Text of the page, kept.</p></article>',
      ),
      fileIn(
        folder,
        'latin.txt',
        Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x6f, 0x69, 0x72]),
      ),
    ];
    const imported = await runIn(dataDir, ['import', ...files]);
    expect(imported.err).toEqual([]);
    expect(imported.code).toBe(0);
    expect(imported.out).toHaveLength(4);
    expect(imported.out[0]).toMatch(/^Imported .*plain\.txt: "Plain Notes" \(.+\)$/u);
    expect(imported.out[1]).toContain('"Marked Notes"');
    expect(imported.out[2]).toContain('"Page Notes"');
    expect(imported.out[3]).toContain('"Café Noir"');
    const listed = (await runIn(dataDir, ['list'])).out.join('\n');
    for (const title of ['Plain Notes', 'Marked Notes', 'Page Notes', 'Café Noir']) {
      expect(listed).toContain(title);
    }
  });

  it('reports every bad file in words, imports the good ones and exits 1', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    mkdirSync(join(folder, 'drafts'));
    const good = fileIn(folder, 'good.txt', 'A short note worth keeping in the library.\n');
    const bad = [
      join(folder, 'missing.txt'),
      join(folder, 'drafts'),
      fileIn(folder, 'empty.txt', ''),
      fileIn(folder, 'image.png', 'not really'),
      fileIn(folder, 'binary.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0])),
      fileIn(folder, 'menu.html', '<nav><a href="/">Home</a></nav>'),
    ];
    const before = (await runIn(dataDir, ['list'])).out;
    const result = await runIn(dataDir, ['import', ...bad.slice(0, 3), good, ...bad.slice(3)]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([expect.stringContaining('good.txt')]);
    expect(result.err).toEqual([
      `Could not import ${bad[0]}: there is no such file.`,
      `Could not import ${bad[1]}: it is a folder, not a file. Name the files inside it.`,
      `Could not import ${bad[2]}: “empty.txt” is empty: there is nothing to import.`,
      `Could not import ${bad[3]}: “image.png” is not a file Gloss can import. Choose a text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) or EPUB (.epub) file.`,
      `Could not import ${bad[4]}: “binary.txt” looks like a binary file, not text.`,
      `Could not import ${bad[5]}: “menu.html” has no readable article: Gloss found no text to keep in it.`,
    ]);
    const after = (await runIn(dataDir, ['list'])).out;
    expect(after).toHaveLength(before.length + 1);
  });

  it('asks for a file when given none', async () => {
    const result = await runIn(tempDir(), ['import']);
    expect(result.code).toBe(2);
    expect(result.err).toEqual(['gloss import: name at least one file to import.']);
  });

  it('sends a .json file to library.importJson as a library export', async () => {
    const folder = tempDir();
    const received: string[] = [];
    const core: Core = {
      dataDir: folder,
      close: () => undefined,
      handlers: makeHandlers({
        'library.importJson': ({ data }) => {
          received.push(data);
          return { documents: 2, highlights: 5, notes: 1, skipped: 1 };
        },
      }),
    };
    const out: string[] = [];
    const file = fileIn(folder, 'library.JSON', '{"type":"AnnotationCollection"}');
    const code = await importFiles(core, { out: (line) => out.push(line), err: () => {} }, [file]);
    expect(code).toBe(0);
    expect(received).toEqual(['{"type":"AnnotationCollection"}']);
    expect(out).toEqual([
      `Imported ${file}: 2 documents, 5 highlights, 1 note; 1 already in the library, skipped`,
    ]);
  });

  it('adds a file that matches a document as new and says how to update that one', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const file = fileIn(folder, 'heron.md', '# Field Notes\n\nThe heron stood still.\n');
    const first = await runIn(dataDir, ['import', file]);
    const id = /\(([^)]+)\)$/u.exec(first.out[0] ?? '')?.[1];
    writeFileSync(file, '# Field Notes\n\nAt dawn, the heron stood still.\n');
    const again = await runIn(dataDir, ['import', file]);
    expect(again.code).toBe(0);
    expect(again.out).toHaveLength(1);
    expect(again.out[0]).toMatch(/^Imported .*heron\.md: "Field Notes" \(.+\)$/u);
    expect(again.err).toEqual([
      `Note: ${file} matches "Field Notes" (${id}) by its file name; it was added as a new document. To update that one instead, with its highlights following: gloss update ${id} ${file}`,
    ]);
    const listed = (await runIn(dataDir, ['list'])).out.join('\n');
    expect(listed.match(/Field Notes/gu)).toHaveLength(2);
  });
});
