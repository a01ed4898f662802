import { describe, expect, it } from 'vitest';
import { lazySchemaSpans } from './lazySchemas';
import { spansIn } from './schemaSpans.testing';

const wrapped = (code: string): string[] => spansIn(lazySchemaSpans, code);

describe('lazySchemaSpans', () => {
  it('finds the schemas built at the top level and in method tables, nothing else', () => {
    const code = [
      "import { z } from 'zod';",
      "import { pageSchema } from './pages';",
      'const tag = z.string().trim();',
      'export const note = z.object({ tags: z.array(tag) }).strict();',
      'export const edited = note.extend({ x: z.number() }).nullable();',
      'export const pages = pageSchema.array().optional();',
      'export const tagOptions = tag.options;',
      'export const names = pageSchema.options.map((x) => x);',
      'export const checked = note.parse({});',
      'export const colours = ["yellow"];',
      'const other = compute(note);',
      "export const methods = { 'a.b': { input: z.object({}).strict(), output: note, n: 3 } };",
      'export function check() { const inner = z.string(); return inner; }',
    ].join('\n');
    expect(wrapped(code)).toEqual([
      'z.string().trim()',
      'z.object({ tags: z.array(tag) }).strict()',
      'note.extend({ x: z.number() }).nullable()',
      'pageSchema.array().optional()',
      'z.object({}).strict()',
    ]);
  });
});
