import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Link, Nodes } from 'mdast';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../shared/export/markdownSyntax';
import { firstExportTimeout, openExportFixture, pinnedAt, type ExportFixture } from './testing';

/*
 * Issue 20: a tag could carry Markdown into an export (`#[a](javascript:alert(1))` became a
 * link, `[[x]]` a wiki link) or a formula into a spreadsheet. Tags the contract allows are
 * written as text in every format.
 */

const hostile = ['=HYPERLINK("http://evil.example")', '[a](javascript:alert(1))', '[[x]]'];

const nodesOf = (node: Nodes): Nodes[] => [
  node,
  ...('children' in node ? node.children.flatMap(nodesOf) : []),
];

describe('tags in exports', { timeout: firstExportTimeout }, () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
    const [first] = library.highlights;
    library.annotations.update({ id: first?.id ?? '', tags: hostile });
  });
  afterEach(() => library.close());

  const write = (format: 'markdown' | 'json' | 'csv', name: string) =>
    library.exporter.write({ format, path: path.join(library.dir, name), exportedAt: pinnedAt });

  it('become no link, wiki link or other syntax in Markdown', async () => {
    await write('markdown', 'vault');
    const folder = path.join(library.dir, 'vault');
    const file = readdirSync(folder).find((name) => name.startsWith('seoul')) as string;
    const markdown = readFileSync(path.join(folder, file), 'utf8');
    expect(markdown).toContain('#\\[a\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(markdown).toContain('#\\[\\[x\\]\\]');
    expect(markdown).not.toContain('[[x]]');
    const links = nodesOf(parseMarkdown(markdown)).filter(
      (node): node is Link => node.type === 'link',
    );
    expect(links.map((link) => link.url)).not.toContain('javascript:alert(1)');
    // Plain tags are written as Obsidian reads them.
    expect(markdown).toContain('#follow-up');
  });

  it('cannot start a formula in CSV', async () => {
    await write('csv', 'notes.csv');
    const csv = readFileSync(path.join(library.dir, 'notes.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") [a](javascript:alert(1)) [[x]]"`);
  });

  it('stay data in JSON, exactly as stored', async () => {
    await write('json', 'notes.json');
    const json = readFileSync(path.join(library.dir, 'notes.json'), 'utf8');
    const tags = [
      ...json.matchAll(/"purpose": "tagging",\s*"value": ("[^"\\]*(?:\\.[^"\\]*)*")/gu),
    ].map((match) => JSON.parse(match[1] as string) as string);
    expect(tags).toEqual(expect.arrayContaining(hostile));
  });
});
