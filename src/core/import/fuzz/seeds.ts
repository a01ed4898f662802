import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { buildEpub } from '../epub/testing';
import { buildEncryptedPdf, buildPdf, type FixtureLine } from '../pdf/testing';

/*
 * What the import fuzzer starts from: a well-formed file of every format Gloss imports (built
 * here, so every run mutates the same bytes), and the hostile files issue 17 names, each built
 * the way an attacker would build it.
 */

/** One file handed to the import pipeline; `family` groups inputs in the fuzzer's tally. */
export interface FuzzInput {
  family: string;
  name: string;
  bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// Built here rather than taken from ../testing, which loads vitest: `npm run fuzz` runs outside it.
const nestedDivs = (depth: number): Uint8Array =>
  utf8(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`);

const htmlSeed = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rivers and the sea</title>
<meta name="author" content="Ann Author"><meta name="citation_doi" content="10.1234/rivers">
<style>body { color: red }</style><script>window.evil = 1</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Rivers and the sea</h1>
<p class="byline">By Ann Author</p>
<p>The first paragraph speaks of rivers that run to the sea, carrying <em>silt</em> and
<strong>stones</strong> from the hills, as <a href="javascript:alert(1)">every map</a> shows.</p>
<h2>Where they meet</h2><p>Estuaries mix fresh water and salt <img src=x onerror="alert(2)">
in a band that moves with the tide, twice a day, over miles of mud.</p>
<ul><li>Tides rise</li><li>Tides fall</li></ul><blockquote><p>The sea remembers.</p></blockquote>
<table><tr><td>Thames</td><td>346 km</td></tr></table><form><input name="q"></form>
<p>Right\u202Eto\u202Cleft and zero\u200Bwidth characters stay as written.</p></article>
<footer>© 2024</footer></body></html>`;

const markdownSeed = `---
title: Notes on rivers
author: Ann Author
date: 2024-03-01
---

# Notes on rivers

Rivers run to the *sea*, carrying **silt** and [stones](javascript:alert(1)) from the hills.

## Where they meet

> Estuaries mix fresh water and salt.

- Tides rise
- Tides fall
  1. nested
  2. items

\`\`\`js
console.log('code is kept as text');
\`\`\`

<script>alert(3)</script> Right\u202Eto\u202Cleft and zero\u200Bwidth.
`;

const textSeed = `Rivers and the sea

The first paragraph speaks of rivers that run to the sea, carrying silt and stones.

Estuaries mix fresh water and salt in a band that moves with the tide — twice a day.
Café, naïve, 東京, مرحبا, Right\u202Eto\u202Cleft, zero\u200Bwidth.
`;

const lines = (top: number, texts: string[]): FixtureLine[] =>
  texts.map((text, index) => ({ text, x: 72, top: top + index * 12 }));

const pdfSeed = (): Promise<Uint8Array> =>
  buildPdf(
    [
      {
        lines: [
          { text: 'Rivers and the sea', x: 72, top: 80, size: 18, bold: true },
          ...lines(110, ['The first page speaks of rivers', 'and of the sea beyond them, where']),
        ],
      },
      { lines: lines(100, ['the second page carries on.', 'Then it ends.']) },
    ],
    { title: 'Rivers', author: 'Ann Author', outline: [{ title: 'Rivers', page: 1 }] },
  );

const epubSeed = (version: 2 | 3): Uint8Array =>
  buildEpub({
    version,
    title: 'A Book of Rivers',
    creators: ['Ann Author'],
    date: '2024-03-01',
    chapters: [
      {
        file: 'one.xhtml',
        title: 'One',
        body: '<h1>One</h1><p>Rivers run to the sea.</p><p>They carry <em>silt</em>.</p>',
      },
      {
        file: 'two.xhtml',
        title: 'Two',
        body: '<h1>Two</h1><p>The tide rises <script>alert(1)</script> and falls.</p>',
      },
    ],
  });

/** The well-formed files every mutation starts from, one per format (two EPUB versions). */
export const buildSeeds = async (): Promise<FuzzInput[]> => [
  { family: 'html', name: 'seed.html', bytes: utf8(htmlSeed) },
  { family: 'markdown', name: 'seed.md', bytes: utf8(markdownSeed) },
  { family: 'text', name: 'seed.txt', bytes: utf8(textSeed) },
  { family: 'pdf', name: 'seed.pdf', bytes: await pdfSeed() },
  { family: 'epub', name: 'seed3.epub', bytes: epubSeed(3) },
  { family: 'epub', name: 'seed2.epub', bytes: epubSeed(2) },
];

const megabyte = 1024 * 1024;

/** A zip whose one entry is `size` bytes of zeros: a thousand to one, a zip bomb's ratio. */
const zerosBomb = (size: number): Uint8Array =>
  zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'OEBPS/bomb.xhtml': [new Uint8Array(size), { level: 9 }],
  });

/**
 * The same bomb with a central directory that lies: every entry claims to unpack to what it
 * stores, so only counting the bytes as they inflate can stop it.
 */
const lyingBomb = (size: number): Uint8Array => {
  const bytes = zerosBomb(size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 46 <= bytes.length; at += 1) {
    // Central directory file header: signature, then compressed size at +20, original at +24.
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, view.getUint32(at + 20, true), true);
  }
  // And each local header: compressed size at +18, original at +22.
  for (let at = 0; at + 30 <= bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    view.setUint32(at + 22, view.getUint32(at + 18, true), true);
  }
  return bytes;
};

/** A real book with one more entry under a name that leads out of the folder it unpacks to. */
const withEntry = (book: Uint8Array, name: string): Uint8Array => {
  const files: Zippable = unzipSync(book);
  files[name] = strToU8('<p>escaped</p>');
  return zipSync(files);
};

const manyEntries = (count: number): Uint8Array => {
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (let index = 0; index < count; index += 1) files[`OEBPS/f${index}.txt`] = strToU8('x');
  return zipSync(files);
};

/** Exactly `bytes` bytes of prose on one line, with no line break anywhere. */
const singleLine = (bytes: number): string => {
  const sentence = 'A river runs to the sea and carries silt from the hills. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
};

/**
 * The hostile files of issue 17, each once per run. `long` adds the slow ones (10 MB HTML on one
 * line: seconds of Readability) that the short run in `npm test` leaves to `npm run fuzz`.
 */
export const hostileInputs = async (long: boolean): Promise<FuzzInput[]> => {
  const book = epubSeed(3);
  const tenMegabytes = 10 * 1000 * 1000;
  const inputs: FuzzInput[] = [
    { family: 'zip bomb', name: 'bomb.epub', bytes: zerosBomb(50 * megabyte) },
    { family: 'zip bomb', name: 'lying-bomb.epub', bytes: lyingBomb(50 * megabyte) },
    { family: 'zip bomb', name: 'many-files.epub', bytes: manyEntries(10_001) },
    ...[
      '../evil.xhtml',
      'OEBPS/../../evil.xhtml',
      '/etc/evil.xhtml',
      'C:/evil.xhtml',
      'a\\..\\b',
    ].map((entry, index): FuzzInput => ({
      family: 'path traversal',
      name: `traversal-${index}.epub`,
      bytes: withEntry(book, entry),
    })),
    { family: 'deep nesting', name: 'nested-500.html', bytes: nestedDivs(500) },
    { family: 'deep nesting', name: 'nested-100000.html', bytes: nestedDivs(100_000) },
    { family: 'deep nesting', name: 'quotes.md', bytes: utf8(`${'>'.repeat(5_000)} deep\n`) },
    { family: 'deep nesting', name: 'lists.md', bytes: utf8(nestedList(2_000)) },
    { family: 'deep nesting', name: 'emphasis.md', bytes: utf8('*a_'.repeat(60 * 1024)) },
    { family: 'single line', name: 'line.txt', bytes: utf8(singleLine(tenMegabytes)) },
    { family: 'single line', name: 'line.md', bytes: utf8(singleLine(tenMegabytes)) },
    { family: 'single line', name: 'over.txt', bytes: utf8(singleLine(tenMegabytes + 1_000)) },
    { family: 'encrypted', name: 'locked.pdf', bytes: buildEncryptedPdf('secret', 'Hidden') },
    { family: 'empty', name: 'empty.epub', bytes: new Uint8Array(0) },
    { family: 'empty', name: 'blank.md', bytes: utf8(' \n\t\n') },
    { family: 'empty', name: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    { family: 'empty', name: 'nul.txt', bytes: new Uint8Array(4096) },
  ];
  if (long) {
    inputs.push({
      family: 'single line',
      name: 'line.html',
      bytes: utf8(`<title>One line</title><p>${singleLine(tenMegabytes - 40)}</p>`),
    });
  }
  return inputs;
};

const nestedList = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');
