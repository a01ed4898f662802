import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCitationsCore, type CitationsCore } from './testing';

const bibtex = `@book{lovelace1843notes,
  author = {Lovelace, Ada and de la Cruz, María},
  title = {Notes on the {Analytical Engine}},
  publisher = {Taylor},
  address = {London},
  year = {1843},
  isbn = {978-0-306-40615-7}
}`;

const ris = [
  'TY  - JOUR',
  'AU  - Smith, John',
  'TI  - Reading in the Dark',
  'PY  - 2019',
  'JO  - Night Studies',
  'VL  - 4',
  'SP  - 7',
  'EP  - 9',
  'ER  - ',
].join('\n');

const cslJson = JSON.stringify([
  {
    id: 'Doe2020',
    type: 'chapter',
    title: 'Margins',
    author: [{ family: 'Doe', given: 'Jane' }],
    editor: [{ family: 'Roe', given: 'Rick' }],
    'container-title': 'The Book of Notes',
    issued: { 'date-parts': [[2020, 2]] },
  },
]);

describe('pasting a reference', () => {
  let gloss: CitationsCore;
  let documentId: string;
  beforeEach(async () => {
    gloss = await openCitationsCore();
    documentId = await gloss.importFile('notes.md', '# Notes\n\nSome text to cite.');
  });
  afterEach(() => gloss.close());

  it('attaches a BibTeX entry and takes its key', async () => {
    const attached = await gloss.call('references.import', { documentId, text: bibtex });
    expect(attached.citekey).toBe('lovelace1843notes');
    expect(attached.reference).toEqual({
      type: 'book',
      title: 'Notes on the Analytical Engine',
      author: [
        { family: 'Lovelace', given: 'Ada' },
        { family: 'Cruz', given: 'María', 'non-dropping-particle': 'de la' },
      ],
      issued: { 'date-parts': [[1843]] },
      publisher: 'Taylor',
      'publisher-place': 'London',
      ISBN: '9780306406157',
    });
  });

  it('attaches an RIS record, keeping the document’s own key', async () => {
    const before = await gloss.call('references.get', { documentId });
    const attached = await gloss.call('references.import', { documentId, text: ris });
    expect(attached.citekey).toBe(before.citekey);
    expect(attached.reference).toMatchObject({
      type: 'article-journal',
      title: 'Reading in the Dark',
      author: [{ family: 'Smith', given: 'John' }],
      'container-title': 'Night Studies',
      volume: '4',
      page: '7-9',
    });
  });

  it('attaches CSL-JSON', async () => {
    const attached = await gloss.call('references.import', { documentId, text: cslJson });
    expect(attached.citekey).toBe('Doe2020');
    expect(attached.reference).toMatchObject({
      type: 'chapter',
      editor: [{ family: 'Roe', given: 'Rick' }],
      issued: { 'date-parts': [[2020, 2]] },
    });
  });

  it('says where a malformed entry fails, and changes nothing', async () => {
    const before = await gloss.call('references.get', { documentId });
    const cases: [string, string][] = [
      [
        '@article{x,\n  title = {Unclosed,\n  year = 2020\n',
        'The BibTeX could not be read: the “{” on line 1 is never closed',
      ],
      [
        '@article{x title = {a}}',
        'The BibTeX could not be read: at line 1, column 12, expected “,”',
      ],
      ['TY  - JOUR\nTI  - No end\n', 'the record has no closing “ER  -” line'],
      ['[{"type": "book", "title": "x"', 'The CSL-JSON could not be read:'],
      ['[{"title": "no type"}]', 'item 1 has no "type"'],
      ['@article{a, title={A}}\n@article{b, title={B}}', 'holds 2 entries; give one reference'],
      ['@article{a, title={A}, doi={not-a-doi}}', '“not-a-doi” is not a DOI'],
      ['Just some words', 'This is not a reference Gloss can read'],
    ];
    for (const [text, message] of cases) {
      const refusal = await gloss.refusal('references.import', { documentId, text });
      expect(refusal.code).toBe('invalid_input');
      expect(refusal.message).toContain(message);
    }
    expect(await gloss.call('references.get', { documentId })).toEqual(before);
  });

  it('keeps its own key when the entry’s key belongs to another document', async () => {
    const other = await gloss.importFile('other.md', '# Other\n\nMore text.');
    await gloss.call('references.import', { documentId: other, text: bibtex });
    const before = await gloss.call('references.get', { documentId });
    const attached = await gloss.call('references.import', { documentId, text: bibtex });
    expect(attached.citekey).toBe(before.citekey);
  });
});
