import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../shared/entities';
import { loadTimeout } from '../core/entities/testing';
import { repoResourcesDir } from '../core/testing';
import { runCliIn, useTempDirs } from './testing';

const article = join(repoResourcesDir, '000_dff1b5ee7486004a.txt');

// `gloss entities` reads files only: a library that does not exist proves it never opens one.
const run = async (argv: string[]) => {
  const { code, out, err } = await runCliIn(argv, { dataDir: '/nonexistent/never-opened' });
  return { code, out, err: err.join('\n') };
};

describe('gloss entities', () => {
  const tempDir = useTempDirs();

  it(
    'prints one JSON line per file with offsets into its text',
    async () => {
      const { code, out } = await run(['entities', article, '--json']);
      expect(code).toBe(0);
      expect(out).toHaveLength(1);
      const mentions = JSON.parse(out[0] ?? '[]') as EntityMention[];
      expect(mentions[0]).toEqual({
        text: 'U.S.',
        type: 'place',
        start: 7,
        end: 11,
        canonical: 'United States',
      });
      expect(mentions.find((mention) => mention.text === '8.3%')).toMatchObject({
        type: 'percent',
        value: '8.3',
      });
      expect(Object.keys(mentions[1] ?? {})).toEqual(['text', 'type', 'start', 'end', 'canonical']);
    },
    loadTimeout,
  );

  it(
    'reads HTML as the text of its blocks, and .txt as read without a BOM',
    async () => {
      const dir = tempDir();
      const html = join(dir, 'page.html');
      const txt = join(dir, 'bom.txt');
      writeFileSync(
        html,
        '<html><body><script>Tokyo</script><h1>News</h1><p>Seoul and <b>Tokyo</b> met.</p></body></html>',
      );
      writeFileSync(txt, '\uFEFFTalks in Seoul.');
      const { code, out } = await run(['entities', '--json', html, txt]);
      expect(code).toBe(0);
      const [fromHtml, fromTxt] = out.map((line) => JSON.parse(line) as EntityMention[]);
      // The plain text is "News\n\nSeoul and Tokyo met."
      expect(fromHtml?.map((mention) => [mention.text, mention.start])).toEqual([
        ['Seoul', 6],
        ['Tokyo', 16],
      ]);
      expect(fromTxt?.map((mention) => [mention.text, mention.start])).toEqual([['Seoul', 9]]);
    },
    loadTimeout,
  );

  it(
    'prints a table grouped by type without --json',
    async () => {
      const { code, out } = await run(['entities', article]);
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toMatch(
        /^People \(\d+\)\n {2}Donald Trump {2}· {2}7 mentions {2}· {2}also "Trump"/mu,
      );
      expect(text).toContain('Money (2)');
      expect(text).toContain('$1.47 billion  ·  1 mention  ·  = 1470000000 USD');
      const heading = (name: string) => out.findIndex((line) => line.startsWith(`${name} (`));
      expect(heading('Organisations')).toBeGreaterThan(heading('People'));
      expect(heading('Places')).toBeGreaterThan(heading('Organisations'));
    },
    loadTimeout,
  );

  it(
    'reports missing and empty files and folders, goes on with the others and exits 1',
    async () => {
      const dir = tempDir();
      const empty = join(dir, 'empty.txt');
      const folder = join(dir, 'folder.txt');
      writeFileSync(empty, '\uFEFF  \n');
      mkdirSync(folder);
      const { code, out, err } = await run([
        'entities',
        '--json',
        join(dir, 'missing.txt'),
        empty,
        folder,
        article,
      ]);
      expect(code).toBe(1);
      expect(err).toContain('missing.txt: no such file.');
      expect(err).toContain('empty.txt: the file is empty');
      expect(err).toContain('folder.txt: it is a folder.');
      expect(out).toHaveLength(1);
    },
    loadTimeout,
  );

  it('asks for a file and rejects unknown options', async () => {
    expect((await run(['entities'])).code).toBe(2);
    const unknown = await run(['entities', '--yaml', article]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--yaml');
  });
});
