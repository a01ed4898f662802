import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../src/shared/annotations';
import type { DocumentSummary } from '../../src/shared/model';
import { deleteHighlight } from './annotationOps';
import { textChange } from './documentOps';
import { adoptHighlight, adoptNote, emptyModel, type SoakModel } from './model';
import { HalfThere, type Observed } from './observed';
import type { OpContext } from './opTypes';
import { compare } from './verify';

/*
 * The soak is only as good as its checks: each of these libraries is what a kill could leave
 * if Gloss lost or half-did a write, and the checks must say so.
 */

const v0 = 'Ada Lovelace met Charles Babbage in London.';
const v1 = 'Ada Lovelace wrote to Charles Babbage from London.';
const stamp = '2026-01-01T00:00:00.000Z';

const highlightAt = (id: string, text: string, words: string): Highlight => {
  const start = text.indexOf(words);
  return {
    id,
    documentId: 'd1',
    start,
    end: start + words.length,
    quote: { type: 'TextQuoteSelector', exact: words, prefix: '', suffix: '' },
    color: 'blue',
    tags: [],
    status: 'anchored',
    editedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
};

const note: Note = {
  id: 'n1',
  documentId: 'd1',
  highlightId: 'h1',
  body: 'A thought.',
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
};

/** A model of one document (family 0 at version 0) with a highlight and its note. */
const setUp = (): { model: SoakModel; observed: Observed; context: OpContext } => {
  const model = emptyModel(
    new Map([
      ['plain:0:0', v0],
      ['plain:0:1', v1],
    ]),
  );
  model.docs.set('d1', {
    id: 'd1',
    family: 0,
    texts: ['plain:0:0'],
    version: 0,
    undoable: false,
    trashed: false,
  });
  const highlight = highlightAt('h1', v0, 'Charles Babbage');
  adoptHighlight(model, highlight);
  adoptNote(model, note);
  const summary = { id: 'd1', charCount: v0.length, highlightCount: 1 } as DocumentSummary;
  const observed: Observed = {
    library: new Map([['d1', summary]]),
    trash: new Set(),
    texts: new Map([['d1', v0]]),
    highlights: new Map([['h1', highlight]]),
    notes: new Map([['n1', note]]),
    entities: new Map(),
  };
  const families = [{ title: 'Soak', versions: [[v0], [v1]] }];
  const context: OpContext = { model, random: () => 0.5, families, files: [], serial: () => 1 };
  return { model, observed, context };
};

describe('the kill soak checks', () => {
  it('pass a library that holds exactly the acknowledged writes', () => {
    const { model, observed } = setUp();
    expect(compare(model, observed)).toEqual([]);
  });

  it('catch an acknowledged highlight that is missing', () => {
    const { model, observed } = setUp();
    observed.highlights.delete('h1');
    observed.notes.delete('n1');
    expect(compare(model, observed).join('\n')).toMatch(
      /highlights: acknowledged but missing: h1/u,
    );
  });

  it('catch a document whose text is not one whole known version', () => {
    const { model, observed } = setUp();
    observed.texts.set('d1', v0.slice(0, 20));
    expect(compare(model, observed).join('\n')).toMatch(/its text is not plain:0:0/u);
  });

  it('catch a highlight left on the old offsets of a new text (a mix of versions)', () => {
    const { model, observed, context } = setUp();
    const update = textChange(context, model.docs.get('d1') as never, 'paste');
    observed.texts.set('d1', v1);
    observed.library.set('d1', {
      ...(observed.library.get('d1') as DocumentSummary),
      charCount: v1.length,
    });
    expect(update.settle(observed)).toBe(true);
    expect(compare(model, observed).join('\n')).toMatch(/a mix of versions/u);
  });

  it('catch a lost update that left a text that is neither version', () => {
    const { model, observed, context } = setUp();
    const update = textChange(context, model.docs.get('d1') as never, 'paste');
    observed.texts.set('d1', `${v0} ${v1}`);
    expect(() => update.settle(observed)).toThrow(HalfThere);
  });

  it('catch a lost delete that took the highlight but left its note', () => {
    const { model, observed, context } = setUp();
    const removal = deleteHighlight(context, 'h1');
    observed.highlights.delete('h1');
    observed.library.set('d1', {
      ...(observed.library.get('d1') as DocumentSummary),
      highlightCount: 0,
    });
    expect(removal.settle(observed)).toBe(true);
    expect(compare(model, observed).join('\n')).toMatch(
      /notes: present but never acknowledged: n1/u,
    );
  });
});
