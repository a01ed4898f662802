import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPdf } from '../import/pdf/testing';
import { openCitationsCore, type CitationsCore } from './testing';

describe('references of imported PDFs', () => {
  let gloss: CitationsCore;
  beforeEach(async () => {
    gloss = await openCitationsCore();
  });
  afterEach(() => gloss.close());

  it('take the author, title and date of the PDF’s metadata', async () => {
    const pdf = await buildPdf(
      [
        {
          lines: [
            { text: 'Reading on paper and on screens', x: 72, top: 100, size: 10 },
            { text: 'is a question of attention more than of medium.', x: 72, top: 114, size: 10 },
          ],
        },
      ],
      { title: 'Attention and the Page', author: 'Jan van der Berg' },
    );
    const imported = await gloss.call('documents.importFile', {
      name: 'attention.pdf',
      data: Buffer.from(pdf).toString('base64'),
    });
    const { citekey, reference } = await gloss.call('references.get', { documentId: imported.id });
    expect(reference).toMatchObject({
      title: 'Attention and the Page',
      author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }],
      issued: { 'date-parts': [[2024, 3, 1]] },
    });
    expect(citekey).toBe('berg2024attention');
  }, 120_000); // books are read in a worker thread, which from the sources starts through tsx
});
