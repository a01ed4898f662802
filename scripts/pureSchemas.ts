/*
 * A build plugin for the renderer: every top-level `const … = z.…` of the shared modules (the
 * contract's schemas) is wrapped in a call marked pure, so that a schema the renderer never uses
 * drops out of its bundle, and zod with them. The renderer imports plain functions and constants
 * from modules that also define schemas; without this, building those schemas (and loading zod)
 * was a fifth of its start-up CPU. A marker before `z.object(…)` alone is not enough: it covers
 * that call, not the `.strict()` or `.nullable()` chained after it.
 *
 * What is wrapped still runs at the same moment when it is used; only what nothing reads goes.
 */

import { topLevelVariables, wrapSpans, type Node } from './schemaSpans';

/** The identifier a chain of calls and property reads starts from: `z` in `z.object({}).strict()`. */
const chainRoot = (node: Node): string | null => {
  let current: Node = node;
  for (;;) {
    if (current.type === 'CallExpression') current = current.callee as Node;
    else if (current.type === 'MemberExpression') current = current.object as Node;
    else if (current.type === 'Identifier') return current.name as string;
    else return null;
  }
};

/** Start and end of each top-level initialiser built from zod or from an earlier such schema. */
export const schemaInitialisers = (program: { body: Node[] }): [number, number][] => {
  const schemas = new Set(['z']);
  const spans: [number, number][] = [];
  for (const { name, init } of topLevelVariables(program)) {
    if (init.type !== 'CallExpression') continue;
    const root = chainRoot(init);
    if (root === null || !schemas.has(root)) continue;
    schemas.add(name);
    spans.push([init.start, init.end]);
  }
  return spans;
};

export const pureSchemas = () => ({
  name: 'gloss-pure-schemas',
  transform(
    this: { parse: (code: string) => { body: Node[] } },
    code: string,
    id: string,
  ): { code: string; map: null } | null {
    if (!/[\\/]src[\\/]shared[\\/]/.test(id) || !code.includes('z.')) return null;
    const spans = schemaInitialisers(this.parse(code));
    if (spans.length === 0) return null;
    return { code: wrapSpans(code, spans, '/* @__PURE__ */ (() => ', ')()'), map: null };
  },
});
