import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchGroup, SearchHit } from '../../shared/search';
import { searchResultsSchema } from '../../shared/search';
import { openDatabase } from '../db/connection';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createSearchService } from './service';

// Filler keeps the two "trade talks" apart, so each is a hit of its own (see spreadOut).
const filler = 'Nothing of note happens in this sentence, which only keeps the others apart. ';
const seoul =
  'Seoul pays more for U.S. troops.\n\nThe café near the base sells coffee. Trade talks stall.\n\n' +
  `${filler.repeat(2)}Analysts expect the trade talks to resume.`;
const tokyo = 'Tokyo hosts a carrier.\n\nShipping costs rise in the port.';

describe('search service', () => {
  let library: TestLibrary;
  let search: ReturnType<typeof createSearchService>;
  let seoulId: string;
  let tokyoId: string;

  beforeEach(async () => {
    library = await openTestLibrary();
    search = createSearchService(library.db);
    seoulId = library.documents.importText({ text: seoul, title: 'Alliance costs' }).id;
    tokyoId = library.documents.importText({ text: tokyo, title: 'Port of Tokyo' }).id;
  });

  afterEach(() => library.close());

  const groupsOf = (query: string): SearchGroup[] => {
    const results = search.query(query);
    expect(searchResultsSchema.parse(results)).toEqual(results);
    return results.groups;
  };
  const only = (query: string): SearchGroup => {
    const groups = groupsOf(query);
    expect(groups).toHaveLength(1);
    return groups[0] as SearchGroup;
  };
  const marked = (hit: SearchHit | undefined): string[] =>
    (hit?.snippet.marks ?? []).map(([start, end]) => hit?.snippet.text.slice(start, end) ?? '');
  const bodyAt = (hit: SearchHit | undefined): string =>
    hit?.start == null || hit.end == null ? '' : seoul.slice(hit.start, hit.end);

  it('finds a word, with its offsets in the text and a marked snippet', () => {
    const group = only('troops ');
    expect(group).toMatchObject({ documentId: seoulId, title: 'Alliance costs', total: 1 });
    const [hit] = group.hits;
    expect(hit).toMatchObject({ kind: 'text', highlightId: null, noteId: null });
    expect(bodyAt(hit)).toBe('troops');
    // About 120 characters from the start, cut after a word, block breaks as spaces.
    expect(hit?.snippet.text).toBe(
      'Seoul pays more for U.S. troops. · The café near the base sells coffee. Trade talks stall. · Nothing of note happens in this…',
    );
    expect(marked(hit)).toEqual(['troops']);
  });

  it('finds every place of a word, ignoring case, and counts them', () => {
    const group = only('TRADE ');
    expect(group.total).toBe(2);
    expect(group.hits.map(bodyAt)).toEqual(['Trade', 'trade']);
  });

  it('ignores diacritics both ways', () => {
    expect(bodyAt(only('cafe ').hits[0])).toBe('café');
    const id = library.documents.importText({ text: 'A cafe in Resume street.' }).id;
    expect(
      groupsOf('café ')
        .map((group) => group.documentId)
        .sort(),
    ).toEqual([seoulId, id].sort());
    expect(
      groupsOf('résumé ')
        .map((group) => group.documentId)
        .sort(),
    ).toEqual([seoulId, id].sort());
  });

  it('finds a prefix and marks whole words', () => {
    const group = only('tro');
    expect(bodyAt(group.hits[0])).toBe('troops');
    expect(groupsOf('tro ')).toEqual([]);
    expect(marked(only('coff*  sells ').hits[0])).toEqual(['sells', 'coffee']);
  });

  it('finds a phrase only where its words follow each other', () => {
    const group = only('"trade talks"');
    expect(group.hits.map(bodyAt)).toEqual(['Trade talks', 'trade talks']);
    expect(marked(group.hits[0])).toEqual(['Trade talks']);
    expect(marked(group.hits[1])).toEqual(['trade talks']);
    expect(groupsOf('"talks trade"')).toEqual([]);
  });

  it('needs every word in the same document', () => {
    expect(only('troops coffee').documentId).toBe(seoulId);
    expect(groupsOf('troops carrier')).toEqual([]);
  });

  it('finds a document by its title, with nothing to mark in the text', () => {
    const group = only('alliance ');
    expect(group.documentId).toBe(seoulId);
    expect(group.hits).toEqual([
      {
        kind: 'text',
        snippet: { text: 'Alliance costs', marks: [[0, 8]] },
        start: null,
        end: null,
        highlightId: null,
        noteId: null,
      },
    ]);
  });

  it('ranks a title match above a match in the text', () => {
    library.documents.importText({ text: 'Tokyo and Seoul meet.', title: 'Summit' });
    expect(groupsOf('tokyo ').map((group) => group.documentId)[0]).toBe(tokyoId);
  });

  it('finds highlights by their quote and tags, with the highlight’s range', () => {
    const start = seoul.indexOf('coffee');
    const highlight = library.annotations.create({
      documentId: seoulId,
      start,
      end: start + 6,
      color: 'yellow',
    });
    library.annotations.update({ id: highlight.id, tags: ['beverages'] });
    const group = only('coffee ');
    expect(group.total).toBe(2);
    expect(group.hits[0]).toEqual({
      kind: 'highlight',
      snippet: { text: 'coffee', marks: [[0, 6]] },
      start,
      end: start + 6,
      highlightId: highlight.id,
      noteId: null,
    });
    expect(group.hits[1]).toMatchObject({ kind: 'text', start, end: start + 6 });
    expect(only('beverages ').hits[0]).toMatchObject({
      kind: 'highlight',
      highlightId: highlight.id,
    });
  });

  it('finds notes: of a highlight with its range, of the document without one', () => {
    const start = seoul.indexOf('Analysts');
    const highlight = library.annotations.create({
      documentId: seoulId,
      start,
      end: start + 8,
      color: 'blue',
    });
    const note = library.notes.save({
      documentId: seoulId,
      highlightId: highlight.id,
      body: 'Ask the *Pentagon* about it.',
      tags: [],
    });
    const docNote = library.notes.save({
      documentId: tokyoId,
      highlightId: null,
      body: 'Compare with pentagonal budgets.',
      tags: [],
    });
    const group = only('pentagon ');
    expect(group).toMatchObject({ documentId: seoulId, total: 1 });
    expect(group.hits).toEqual([
      {
        kind: 'note',
        snippet: { text: 'Ask the *Pentagon* about it.', marks: [[9, 17]] },
        start,
        end: start + 8,
        highlightId: highlight.id,
        noteId: note.id,
      },
    ]);
    const both = groupsOf('pentagon');
    expect(both.map((g) => g.documentId).sort()).toEqual([seoulId, tokyoId].sort());
    expect(both.find((g) => g.documentId === tokyoId)?.hits[0]).toMatchObject({
      kind: 'note',
      start: null,
      end: null,
      highlightId: null,
      noteId: docNote.id,
    });
  });

  it('gives no range for an orphaned highlight', () => {
    const start = seoul.indexOf('coffee');
    library.annotations.create({ documentId: seoulId, start, end: start + 6, color: 'yellow' });
    library.documents.replaceText({ id: seoulId, text: 'Completely different words now.' });
    const hit = only('coffee ').hits[0];
    expect(hit).toMatchObject({ kind: 'highlight', start: null, end: null });
  });

  it('ranks documents with matching notes above those without', () => {
    const other = library.documents.importText({
      text: 'Shipping news and more shipping.',
      title: 'Ships',
    }).id;
    library.notes.save({
      documentId: tokyoId,
      highlightId: null,
      body: 'Shipping is what matters here.',
      tags: [],
    });
    expect(groupsOf('shipping ').map((g) => g.documentId)).toEqual([tokyoId, other]);
  });

  it('leaves out documents in the Trash, with their notes and highlights', () => {
    library.notes.save({ documentId: seoulId, highlightId: null, body: 'carrier notes', tags: [] });
    library.db
      .prepare('UPDATE documents SET deleted_at = ? WHERE id = ?')
      .run('2025-03-02T00:00:00.000Z', tokyoId);
    expect(groupsOf('carrier ').map((g) => g.documentId)).toEqual([seoulId]);
    expect(groupsOf('tokyo')).toEqual([]);
  });

  it('sees notes added and documents trashed since the last search, by any connection', async () => {
    expect(groupsOf('zeitgeist')).toEqual([]);
    library.notes.save({ documentId: tokyoId, highlightId: null, body: 'Zeitgeist.', tags: [] });
    expect(groupsOf('zeitgeist').map((g) => g.documentId)).toEqual([tokyoId]);
    const other = await openDatabase(library.dir);
    other.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run('2025-03-02', tokyoId);
    other.close();
    expect(groupsOf('zeitgeist')).toEqual([]);
  });

  it('keeps to the limit, and a few hits per document', () => {
    for (let i = 0; i < 5; i += 1)
      library.documents.importText({ text: `Report ${i}: ${'ports and ships. '.repeat(40)}` });
    expect(search.query('ports ', 3).groups).toHaveLength(3);
    const [first] = search.query('ships ').groups;
    expect(first?.total).toBe(40);
    expect(first?.hits.length).toBeLessThanOrEqual(5);
  });

  it('answers no groups for empty, punctuation-only or operator-only input, and never throws', () => {
    for (const input of [
      '',
      '   ',
      '"',
      '***',
      '( ) : ^ -',
      '"unbalanced',
      'AND OR *',
      'NOT',
      'NEAR(',
      '\ud83d',
    ]) {
      expect(() => search.query(input)).not.toThrow();
    }
    expect(groupsOf('')).toEqual([]);
    expect(groupsOf('( ) : ^ - *')).toEqual([]);
    expect(groupsOf('"unbalanced')).toEqual([]);
  });
});
