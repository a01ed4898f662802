import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseWith, unfoldedType } from '../citations/citationJs';
import { warmUpCiteproc } from '../citations/testing';
import { readExportedMarkdown } from '../../shared/export/testing';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

beforeAll(warmUpCiteproc, 60_000);

const frontMatterOf = (markdown: string): Record<string, unknown> =>
  parseYaml(/^---\n([\s\S]*?)\n---/u.exec(markdown)?.[1] ?? '') as Record<string, unknown>;

describe('export.write: citations', () => {
  let library: ExportFixture;
  let out: string;
  beforeEach(async () => {
    library = await openExportFixture();
    out = path.join(library.dir, 'vault');
    library.citations.update({
      documentId: library.seoul,
      reference: {
        type: 'article-newspaper',
        title: 'Seoul: talks & “costs”',
        author: [
          { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
          { family: 'Kim', given: 'Min-jun' },
        ],
        issued: { 'date-parts': [[2025, 2, 3]] },
        'container-title': 'The Daily Ledger',
        URL: 'https://example.org/seoul',
      },
    });
  });
  afterEach(() => library.close());

  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
  const seoulFile = (report: { written: string[] }) => {
    const texts = report.written
      .filter((name) => name.endsWith('.md'))
      .map((name) => read(path.basename(name)));
    return texts.find((text) => text.includes('gloss:\n  document: doc-1')) ?? '';
  };

  it('puts the reference in front matter and a citation before each block id', async () => {
    // The key was made before the reference was edited (from the title alone) and stays.
    const report = await library.exporter.write({
      format: 'markdown',
      path: out,
      exportedAt: pinnedAt,
    });
    const markdown = seoulFile(report);
    expect(frontMatterOf(markdown)).toMatchObject({
      citekey: 'seoul',
      authors: ['Jan van der Berg', 'Min-jun Kim'],
      year: 2025,
      issued: '2025-02-03',
      type: 'article-newspaper',
      'container-title': 'The Daily Ledger',
      url: 'https://example.org/seoul',
    });
    expect(markdown).toMatch(/^> yellow · #politics #asia \[@seoul\] \^gloss-/mu);
    const parsed = readExportedMarkdown(markdown);
    expect(parsed.highlights.every((h) => h.citation === '[@seoul]')).toBe(true);
  });

  it('writes references.bib that citation-js reads back as references.json', async () => {
    await library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt });
    const json = JSON.parse(read('references.json')) as { id: string }[];
    expect(json.map((item) => item.id)).toEqual(['seoul', 'second']);
    // BibLaTeX has one @article type: a newspaper article is @article with entrysubtype
    // newspaper, which citation-js reads as article-journal with genre newspaper.
    expect(read('references.bib')).toContain('entrysubtype = {newspaper}');
    const fromBib = parseWith(read('references.bib'), 'bibtex').map((item) => {
      const { genre, ...rest } = item;
      return genre === 'newspaper' ? { ...rest, type: unfoldedType(item) } : item;
    });
    expect(fromBib).toEqual(json);
  });

  it('ends index.md with a bibliography in the chosen style', async () => {
    await library.exporter.write({
      format: 'markdown',
      path: out,
      exportedAt: pinnedAt,
      citationStyle: 'chicago-author-date',
    });
    const index = read('index.md');
    expect(index).toContain('## Bibliography\n\n_Chicago (author-date)_\n\n');
    expect(index).toContain(
      'Berg, Jan van der, and Min-jun Kim. 2025. “Seoul: Talks & ‘Costs.’” _The Daily Ledger_',
    );
    await library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt });
    expect(read('index.md')).toContain('van der Berg, J., & Kim, M. (2025, February 3).');
  });

  it('leaves citations out when asked, keeping every block id', async () => {
    const report = await library.exporter.write({
      format: 'markdown',
      path: out,
      exportedAt: pinnedAt,
      citations: false,
    });
    const markdown = seoulFile(report);
    expect(markdown).not.toContain('[@');
    const parsed = readExportedMarkdown(markdown);
    expect(parsed.highlights).toHaveLength(
      library.store.highlights.listByDocument(library.seoul).length,
    );
  });

  it('never overwrites a references.bib that is not Gloss’s', async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'references.bib'), '@book{mine, title={Mine}}\n');
    await expect(
      library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt }),
    ).rejects.toThrow(/references\.bib is not a Gloss file/u);
    expect(read('references.bib')).toBe('@book{mine, title={Mine}}\n');
  });
});
