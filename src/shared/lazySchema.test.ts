import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from './lazySchema';

describe('lazySchema', () => {
  it('builds the schema on first use only, and then behaves as it does', () => {
    let builds = 0;
    const tag = lazySchema(() => {
      builds += 1;
      return z.string().trim().min(1);
    });
    const note = lazySchema(() => z.object({ body: z.string(), tags: z.array(tag) }).strict());
    expect(builds).toBe(0);
    expect(note.parse({ body: 'b', tags: [' x '] })).toEqual({ body: 'b', tags: ['x'] });
    expect(builds).toBe(1);
    expect(note.safeParse({ body: 'b', tags: [''], extra: 1 }).success).toBe(false);
    expect(note instanceof z.ZodObject).toBe(true);
    expect(note.shape.body.parse('text')).toBe('text');
    expect(note.extend({ n: z.number() }).parse({ body: 'b', tags: [], n: 1 })).toEqual({
      body: 'b',
      tags: [],
      n: 1,
    });
    expect(note.partial().parse({})).toEqual({});
    expect(z.array(note).parse([{ body: 'c', tags: [] }])).toEqual([{ body: 'c', tags: [] }]);
    expect(Object.keys(note)).toContain('def');
    expect(builds).toBe(1);
  });
});
