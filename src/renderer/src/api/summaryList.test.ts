import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract';
import { documentFormats } from '../../../shared/model';
import { parseSummaryList } from './summaryList';

const schema = methods['library.list'].output;

/** Summaries as the core sends them, and values around them that the schema refuses. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -2, max: 3 }),
  fc.double({ min: -1, max: 3, noNaN: true }),
  fc.boolean(),
  fc.constantFrom(...documentFormats, 'docx'),
  fc.constant([]),
);
const summary = fc.record(
  {
    id: fc.oneof(fc.uuid(), anyValue),
    title: fc.oneof(fc.string(), anyValue),
    source: fc.string(),
    addedAt: fc.oneof(fc.constant('2024-01-01T00:00:00.000Z'), anyValue),
    openedAt: fc.oneof(fc.constant(null), fc.constant('2024-01-02T00:00:00.000Z'), anyValue),
    charCount: fc.oneof(fc.nat(), anyValue),
    highlightCount: fc.nat(),
    noteCount: fc.oneof(fc.nat(), anyValue),
    entityCount: fc.oneof(fc.constant(null), fc.nat(), anyValue),
    format: fc.oneof(fc.constantFrom(...documentFormats), anyValue),
    pageCount: fc.oneof(fc.constant(null), fc.nat(), anyValue),
    chapterCount: fc.oneof(fc.constant(null), fc.nat(), anyValue),
    extra: fc.string(),
  },
  { requiredKeys: ['id', 'title', 'source', 'addedAt', 'highlightCount'] },
);

describe('the library list, checked without zod', () => {
  it('accepts and refuses what the contract’s schema does, and keeps only its fields', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(summary, { maxLength: 4 }), anyValue, summary), (value) => {
        const zod = schema.safeParse(value);
        const parsed = parseSummaryList(value);
        expect(parsed !== null).toBe(zod.success);
        if (zod.success) expect(parsed).toStrictEqual(zod.data);
      }),
      { numRuns: 2_000 },
    );
  });
});
