import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTestTimeout } from '../import/testing';
import { openCitationsCore, type CitationsCore } from './testing';

const scholarlyPage = `<!doctype html><html lang="en"><head>
<title>Reading Slowly | Journal of Slow Things</title>
<meta name="citation_title" content="Reading Slowly: A Field Guide">
<meta name="citation_author" content="van der Berg, Jan">
<meta name="citation_author" content="María de la Cruz">
<meta name="citation_publication_date" content="2024/03/07">
<meta name="citation_journal_title" content="Journal of Slow Things">
<meta name="citation_volume" content="12"><meta name="citation_issue" content="3">
<meta name="citation_firstpage" content="10"><meta name="citation_lastpage" content="20">
<meta name="citation_doi" content="10.1234/slow.2024.5">
</head><body><article><h1>Reading Slowly</h1>
<p>Slow reading is a practice of attention that rewards patience with understanding.</p>
<p>It asks the reader to stay with a sentence until it opens.</p></article></body></html>`;

// Imports start the import worker and load citation-js, both on first use.
describe('references', { timeout: importTestTimeout }, () => {
  let gloss: CitationsCore;
  beforeEach(async () => {
    gloss = await openCitationsCore();
  });
  afterEach(() => gloss.close());

  it('fills the reference from an HTML page’s citation tags, with a Better BibTeX key', async () => {
    const id = await gloss.importFile('slow.html', scholarlyPage);
    const { citekey, reference } = await gloss.call('references.get', { documentId: id });
    expect(citekey).toBe('berg2024reading');
    expect(reference).toMatchObject({
      type: 'article-journal',
      title: 'Reading Slowly: A Field Guide',
      author: [
        { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
        { family: 'Cruz', given: 'María', 'non-dropping-particle': 'de la' },
      ],
      issued: { 'date-parts': [[2024, 3, 7]] },
      'container-title': 'Journal of Slow Things',
      volume: '12',
      issue: '3',
      page: '10-20',
      DOI: '10.1234/slow.2024.5',
      language: 'en',
    });
  });

  it('fills it from Markdown front matter', async () => {
    const markdown = [
      '---',
      'title: Über das Lesen',
      'authors: [Zoë Müller, "Ørsted, Hans"]',
      'date: 2021-06',
      'doi: https://doi.org/10.5555/lesen',
      'journal: Lesezeichen',
      '---',
      '',
      'Lesen heißt, langsam zu werden.',
    ].join('\n');
    const id = await gloss.importFile('lesen.md', markdown);
    const { citekey, reference } = await gloss.call('references.get', { documentId: id });
    expect(citekey).toBe('muller2021lesen');
    expect(reference).toMatchObject({
      title: 'Über das Lesen',
      author: [
        { family: 'Müller', given: 'Zoë' },
        { family: 'Ørsted', given: 'Hans' },
      ],
      issued: { 'date-parts': [[2021, 6]] },
      DOI: '10.5555/lesen',
      'container-title': 'Lesezeichen',
    });
  });

  it('gives colliding references the keys a, b, ... after the first', async () => {
    const ids = [];
    for (let index = 0; index < 3; index += 1)
      ids.push(await gloss.importFile(`slow-${index}.html`, scholarlyPage));
    const keys = [];
    for (const id of ids)
      keys.push((await gloss.call('references.get', { documentId: id })).citekey);
    expect(keys).toEqual(['berg2024reading', 'berg2024readinga', 'berg2024readingb']);
  });

  it('refuses a DOI or ISBN that is not one, saying why, and changes nothing', async () => {
    const id = await gloss.importFile('slow.html', scholarlyPage);
    const before = await gloss.call('references.get', { documentId: id });
    const badDoi = await gloss.refusal('references.update', {
      documentId: id,
      reference: { ...before.reference, DOI: '10.12/x' },
    });
    expect(badDoi.message).toContain('reference.DOI: “10.12/x” is not a DOI');
    const badIsbn = await gloss.refusal('references.update', {
      documentId: id,
      reference: { ...before.reference, ISBN: '978-0-306-40615-8' },
    });
    expect(badIsbn.message).toContain('its check digit is 8, it should be 7');
    expect(await gloss.call('references.get', { documentId: id })).toEqual(before);
  });

  it('keeps the key through edits of the reference, and takes the user’s own key', async () => {
    const id = await gloss.importFile('slow.html', scholarlyPage);
    const other = await gloss.importFile('other.md', '# Other\n\nSome other text.');
    const before = await gloss.call('references.get', { documentId: id });
    const edited = await gloss.call('references.update', {
      documentId: id,
      reference: { ...before.reference, title: 'Another Title', ISBN: '978-0-306-40615-7' },
    });
    expect(edited.citekey).toBe('berg2024reading');
    expect(edited.reference.ISBN).toBe('9780306406157');
    const renamed = await gloss.call('references.update', { documentId: id, citekey: 'slow24' });
    expect(renamed.citekey).toBe('slow24');
    const taken = await gloss.refusal('references.update', {
      documentId: other,
      citekey: 'SLOW24',
    });
    expect(taken.message).toBe(
      'The citation key “SLOW24” is already used by another document; choose another.',
    );
    const bad = await gloss.refusal('references.update', { documentId: other, citekey: 'a b' });
    expect(bad.message).toContain('no spaces');
  });

  it('prints the reference as BibTeX, CSL-JSON, APA and Chicago author-date', async () => {
    const id = await gloss.importFile('slow.html', scholarlyPage);
    const format = async (as: 'bibtex' | 'csl' | 'apa' | 'chicago-author-date') =>
      (await gloss.call('references.format', { documentId: id, format: as })).text;
    expect(await format('bibtex')).toMatch(/^@article\{berg2024reading,\n/u);
    expect(JSON.parse(await format('csl'))).toMatchObject([{ id: 'berg2024reading' }]);
    expect(await format('apa')).toBe(
      'van der Berg, J., & de la Cruz, M. (2024). Reading Slowly: A Field Guide. Journal of Slow Things, 12(3), 10–20. https://doi.org/10.1234/slow.2024.5\n',
    );
    expect(await format('chicago-author-date')).toBe(
      'Berg, Jan van der, and María de la Cruz. 2024. “Reading Slowly: A Field Guide.” Journal of Slow Things 12 (3): 10–20. https://doi.org/10.1234/slow.2024.5.\n',
    );
  }, 60_000); // citeproc's first use (loading it and the APA style) takes seconds
});
