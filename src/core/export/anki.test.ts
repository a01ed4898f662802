import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ankiColumns, ankiField } from '../../shared/export/anki';
import { warmUpCiteproc } from '../citations/testing';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

// The first APA entry of a process takes citeproc seconds: done once, before the tests.
beforeAll(warmUpCiteproc, 60_000);

/** The deck's rows as fields, headers apart. */
const readDeck = (text: string) => {
  const lines = text.split('\n').filter((line) => line !== '');
  const headers = lines.filter((line) => line.startsWith('#'));
  const rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
  return { headers, rows };
};

describe('Anki export', () => {
  let library: ExportFixture;
  let target: string;
  beforeEach(async () => {
    library = await openExportFixture();
    target = path.join(library.dir, 'deck.txt');
  });
  afterEach(() => library.close());

  it('writes the headers Anki reads and one row per highlight with every column', async () => {
    const report = await library.exporter.write({
      format: 'anki',
      path: target,
      exportedAt: pinnedAt,
    });
    expect(report).toMatchObject({ format: 'anki', written: [target], documentCount: 2 });
    const { headers, rows } = readDeck(readFileSync(target, 'utf8'));
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#tags column:6',
      `#columns:${ankiColumns.join('\t')}`,
    ]);
    expect(rows).toHaveLength(library.highlights.length);
    for (const row of rows) expect(row).toHaveLength(ankiColumns.length);
    const [first] = library.highlights;
    const row = rows.find((fields) => fields[0] === `gloss-${first?.id}`);
    expect(row?.[1]).toBe('Donald Trump met officials in Seoul');
    // The note's line breaks are <br>, its Markdown left as written.
    expect(row?.[2]).toBe('He **met** them.<br><br>- point one<br>- point two');
    expect(row?.[3]).toBe('Seoul: talks &amp; “costs”');
    // The Pandoc citation, then the reference as APA formats it.
    expect(row?.[4]).toBe('[@seoul]<br>Seoul: talks &amp; “costs.” (n.d.).');
    expect(row?.[5]).toBe('politics asia follow-up');
  });

  it('formats each reference once: a second deck reads the kept ones and is the same byte for byte', async () => {
    const kept = () =>
      library.db
        .prepare<[], { style: string }>('SELECT style FROM formatted_references ORDER BY style')
        .all();
    await library.exporter.write({ format: 'anki', path: target, exportedAt: pinnedAt });
    const first = readFileSync(target, 'utf8');
    expect(kept()).toEqual([{ style: 'apa' }, { style: 'apa' }]);
    const again = path.join(library.dir, 'again.txt');
    await library.exporter.write({ format: 'anki', path: again, exportedAt: pinnedAt });
    expect(readFileSync(again, 'utf8')).toBe(first);
    // Another style is formatted and kept beside the first.
    await library.exporter.write({
      format: 'anki',
      path: again,
      exportedAt: pinnedAt,
      citationStyle: 'chicago-author-date',
    });
    expect(kept()).toHaveLength(4);
  });

  it('formats a reference again once it changes', async () => {
    await library.exporter.write({ format: 'anki', path: target });
    library.citations.update({
      documentId: library.second,
      reference: { type: 'article-newspaper', title: 'Biden at the Pentagon' },
    });
    await library.exporter.write({ format: 'anki', path: target });
    const { rows } = readDeck(readFileSync(target, 'utf8'));
    const [, , , reply] = library.highlights;
    const row = rows.find((fields) => fields[0] === `gloss-${reply?.id}`);
    expect(row?.[4]).toMatch(/<br>Biden at the Pentagon\. \(n\.d\.\)\.$/u);
  });

  it('escapes markup, tabs, quotes and line breaks so no field breaks a row or becomes HTML', () => {
    expect(ankiField('a\tb "c" <i>d</i> & e\r\nf\ng')).toBe(
      'a&#9;b &quot;c&quot; &lt;i&gt;d&lt;/i&gt; &amp; e<br>f<br>g',
    );
  });

  it('makes cards of the chosen colours only', async () => {
    await library.exporter.write({
      format: 'anki',
      path: target,
      highlightColors: ['pink', 'green'],
    });
    const { rows } = readDeck(readFileSync(target, 'utf8'));
    const chosen = library.highlights.filter((h) => h.color === 'pink' || h.color === 'green');
    expect(rows.map((fields) => fields[0]).sort()).toEqual(
      chosen.map((h) => `gloss-${h.id}`).sort(),
    );
  });

  it('leaves the Citation column empty without citations', async () => {
    await library.exporter.write({ format: 'anki', path: target, citations: false });
    const { rows } = readDeck(readFileSync(target, 'utf8'));
    expect(rows.every((fields) => fields[4] === '')).toBe(true);
  });

  it('replaces its own deck but never a file of the user’s', async () => {
    await library.exporter.write({ format: 'anki', path: target });
    await expect(library.exporter.write({ format: 'anki', path: target })).resolves.toMatchObject({
      format: 'anki',
    });
    const mine = path.join(library.dir, 'vocabulary.txt');
    writeFileSync(mine, 'front\tback\n');
    await expect(library.exporter.write({ format: 'anki', path: mine })).rejects.toMatchObject({
      code: 'would_overwrite',
    });
    expect(readFileSync(mine, 'utf8')).toBe('front\tback\n');
  });
});
