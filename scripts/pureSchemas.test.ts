import { describe, expect, it } from 'vitest';
import { schemaInitialisers } from './pureSchemas';
import { spansIn } from './schemaSpans.testing';

const wrapped = (code: string): string[] => spansIn(schemaInitialisers, code);

describe('schemaInitialisers', () => {
  it('finds top-level schemas built from zod and from earlier schemas, chains included', () => {
    const code = [
      "import { z } from 'zod';",
      'const tag = z.string().trim();',
      'export const note = z.object({ tags: z.array(tag) }).strict();',
      'export const edited = note.extend({ x: z.number() }).nullable();',
      'export const colours = ["yellow"];',
      'const other = compute(note);',
      'export function check() { const inner = z.string(); return inner; }',
    ].join('\n');
    expect(wrapped(code)).toEqual([
      'z.string().trim()',
      'z.object({ tags: z.array(tag) }).strict()',
      'note.extend({ x: z.number() }).nullable()',
    ]);
  });
});
