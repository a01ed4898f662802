import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateText } from '../../shared/anchoring/generatedText';
import { openTestLibrary, thrown, type TestLibrary } from '../library/testing';

const intro = 'Gloss keeps the highlights of a reader on the words they chose.';
const costs = 'The alliance asked Seoul to pay far more for the troops stationed there.';
const carrier = 'Tokyo hosts a forward-deployed carrier group in Yokosuka harbour.';
const refrain = 'Trade talks continue between the two capitals.';
const closing = 'Officials expect a decision on the budget before the summer.';

describe('highlights following their words through a new version (regressions)', () => {
  let library: TestLibrary;
  let documentId: string;
  let body: string;

  const open = (paragraphs: string[]) => {
    body = paragraphs.join('\n\n');
    documentId = library.documents.importText({ text: body, title: 'Alliance' }).id;
  };
  /** Highlights the `occurrence`-th copy of `words` in the current text. */
  const highlight = (words: string, occurrence = 0) => {
    let start = body.indexOf(words);
    for (let seen = 0; seen < occurrence; seen += 1) start = body.indexOf(words, start + 1);
    return library.annotations.create({
      documentId,
      start,
      end: start + words.length,
      color: 'green',
    });
  };
  const replace = (paragraphs: string[]) => {
    const text = paragraphs.join('\n\n');
    const { report } = library.documents.replaceText({ id: documentId, text });
    return { text, report };
  };
  const listed = (id: string) =>
    library.annotations.list(documentId).highlights.find((h) => h.id === id);

  beforeEach(async () => {
    library = await openTestLibrary();
  });
  afterEach(() => library.close());

  it('finds a highlight in a paragraph that moved, by its quote', () => {
    open([intro, costs, carrier, closing]);
    const moved = highlight('forward-deployed carrier group');
    const { text, report } = replace([carrier, intro, costs, closing]);
    expect(report).toMatchObject({ orphaned: 0, edited: 0 });
    expect(report.kept + report.followed).toBe(1);
    const after = listed(moved.id);
    expect(after?.editedFrom).toBeNull();
    expect(text.slice(after?.start, after?.end)).toBe('forward-deployed carrier group');
    expect(after?.start).toBe(text.indexOf('forward-deployed'));
  });

  it('finds a long highlight whose paragraph moved far and was reworded on the way', () => {
    const filler = generateText(200_000, 3).split('\n\n');
    const passage = `${costs} ${carrier} ${closing}`;
    open([intro, passage, ...filler]);
    const moved = highlight(passage);
    const reworded = passage.replace('forward-deployed', 'large');
    const { text, report } = replace([
      intro,
      ...filler.slice(0, -3),
      reworded,
      ...filler.slice(-3),
    ]);
    expect(report).toMatchObject({ edited: 1, orphaned: 0 });
    const after = listed(moved.id);
    expect(after?.editedFrom).toBe(passage);
    expect(text.slice(after?.start, after?.end)).toBe(reworded);
  });

  it('keeps a highlight on its own copy of a repeated sentence', () => {
    open([intro, refrain, costs, refrain, closing]);
    const second = highlight(refrain, 1);
    const { text, report } = replace([
      'A new opening paragraph.',
      intro,
      refrain,
      'The alliance asked Seoul to pay much more.',
      refrain,
      closing,
    ]);
    expect(report).toMatchObject({ kept: 1, orphaned: 0 });
    const secondCopy = text.indexOf(refrain, text.indexOf(refrain) + 1);
    expect(listed(second.id)).toMatchObject({
      start: secondCopy,
      end: secondCopy + refrain.length,
    });
  });

  it('follows a reworded quote, marks it edited and keeps its old words', () => {
    open([intro, costs, closing]);
    const reworded = highlight('asked Seoul to pay far more for the troops stationed there');
    const note = library.notes.save({
      documentId,
      highlightId: reworded.id,
      body: 'Costs.',
      tags: [],
    });
    const { text, report } = replace([
      intro,
      'The alliance asked Seoul to pay much more for the troops based there.',
      closing,
    ]);
    expect(report).toMatchObject({ edited: 1, orphaned: 0, moved: 1 });
    const after = listed(reworded.id);
    expect(after).toMatchObject({
      status: 'moved',
      editedFrom: 'asked Seoul to pay far more for the troops stationed there',
      quote: { exact: 'asked Seoul to pay much more for the troops based there' },
    });
    expect(text.slice(after?.start, after?.end)).toBe(after?.quote.exact);
    expect(library.annotations.list(documentId).notes).toEqual([note]);

    const kept = library.annotations.keepEdit(reworded.id);
    expect(kept.editedFrom).toBeNull();
    expect(listed(reworded.id)).toEqual(kept);
  });

  it('orphans a highlight whose passage was deleted, and only that one', () => {
    open([intro, costs, carrier, closing]);
    const gone = highlight('pay far more for the troops');
    const stays = highlight('decision on the budget');
    const { report } = replace([intro, carrier, closing]);
    expect(report).toMatchObject({ kept: 1, orphaned: 1, edited: 0, followed: 0 });
    expect(listed(gone.id)).toMatchObject({ status: 'orphaned', quote: gone.quote });
    expect(listed(stays.id)?.status).toBe('moved');
  });

  it('undoes an update: the old text and every highlight exactly as they were', () => {
    open([intro, costs, carrier, closing]);
    const before = [highlight('pay far more'), highlight('carrier group'), highlight('budget')];
    const annotations = library.annotations.list(documentId);
    const document = library.documents.get(documentId);
    replace(['A new first paragraph.', costs.replace('far', 'much'), closing]);
    const added = library.annotations.create({ documentId, start: 0, end: 5, color: 'blue' });

    const summary = library.documents.undoReplaceText(documentId);
    expect(summary.charCount).toBe(body.length);
    expect(library.documents.get(documentId).blocks).toEqual(document.blocks);
    const restored = library.annotations.list(documentId);
    expect(restored.highlights.filter((h) => h.id !== added.id)).toEqual(annotations.highlights);
    expect(before.every((h) => restored.highlights.some((r) => r.id === h.id))).toBe(true);
    // A highlight made on the undone version is carried back ("A new" is gone: an orphan).
    expect(restored.highlights.find((h) => h.id === added.id)?.status).toBe('orphaned');

    const again = thrown(() => library.documents.undoReplaceText(documentId));
    expect(again).toMatchObject({ code: 'invalid_input' });
    expect(again.message).toMatch(/no text update to undo/u);
  });

  it('keeps on undo the colour and tags given since the update, moving only where they sit', () => {
    open([intro, costs, carrier, closing]);
    const edited = highlight('pay far more');
    const moved = highlight('carrier group');
    replace(['A new first paragraph.', costs.replace('far', 'much'), carrier, closing]);
    for (const { id } of [edited, moved])
      library.annotations.update({ id, color: 'purple', tags: ['since'] });

    library.documents.undoReplaceText(documentId);
    for (const { id, start, end, quote } of [edited, moved]) {
      expect(listed(id)).toMatchObject({ start, end, quote, color: 'purple', tags: ['since'] });
    }
  });
});
