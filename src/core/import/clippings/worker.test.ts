import { describe, expect, it } from 'vitest';
import { detectClippings, detectClippingsFile } from '../../../shared/clippings/detect';
import { maxImportBytes } from '../../../shared/contract';
import { importTestTimeout } from '../testing';
import { parseClippingsFile } from './parse';
import { kindleFileBytes, koreaderJson, koreaderMarkdown, readwiseCsv, utf8 } from './testing';
import { parseClippingsInWorker } from './worker';

describe('telling a highlights export by its content', () => {
  it('knows each export and nothing else', () => {
    expect(detectClippingsFile('My Clippings.txt', kindleFileBytes())).toBe('kindle');
    expect(detectClippingsFile('walden.json', utf8(koreaderJson()))).toBe('koreader-json');
    expect(detectClippingsFile('walden.md', utf8(koreaderMarkdown()))).toBe('koreader-markdown');
    expect(detectClippingsFile('readwise.csv', utf8(readwiseCsv()))).toBe('readwise');
    // The same bytes under a name no export has, and ordinary files, are not exports.
    expect(detectClippingsFile('My Clippings.html', kindleFileBytes())).toBeNull();
    expect(detectClippings('# Notes\n\nSome text.\n')).toBeNull();
    expect(
      detectClippings('{"@context": ["http://www.w3.org/ns/anno.jsonld"], "entries": []}'),
    ).toBeNull();
    expect(detectClippings('Title\n\nA paragraph | with a bar.\n')).toBeNull();
  });
});

describe('clippings parsed in the bounded import worker', () => {
  it(
    'parses as the calling thread does, and sends refusals back naming the file',
    async () => {
      const bytes = kindleFileBytes();
      expect(await parseClippingsInWorker('My Clippings.txt', bytes)).toEqual(
        parseClippingsFile('My Clippings.txt', bytes),
      );
      await expect(
        parseClippingsInWorker('plain.txt', utf8('Nothing like a clipping.')),
      ).rejects.toMatchObject({
        code: 'unsupported_file',
        message: expect.stringContaining('“plain.txt”') as unknown,
      });
    },
    importTestTimeout,
  );

  it('refuses a file over the import limit before reading it', () => {
    const huge = new Uint8Array(maxImportBytes + 1);
    expect(() => parseClippingsFile('My Clippings.txt', huge)).toThrow(
      '“My Clippings.txt” is larger than 20 MB, the most Gloss imports.',
    );
  });
});
