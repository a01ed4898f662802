import { resolve } from 'node:path';
import { topLevelVariables, wrapSpans, type Node } from './schemaSpans';

/*
 * A build plugin for the Node bundle (the core, the server, the CLI): every zod schema built at
 * the top level of a shared module, and every schema in a top-level object of them (the
 * contract's method tables), is built on first use instead of when the module loads. A zod
 * schema costs about 50 µs to build, and the shared modules build about a thousand: a fifth of
 * `gloss list`'s CPU went there, for the one schema it validates. The renderer drops unused
 * schemas instead (pureSchemas.ts); the Node bundle uses them all, just not in every process.
 *
 * The wrapped expression runs unchanged, once, on the first read of the schema
 * (src/shared/lazySchema.ts). Only expressions that are method chains on `z` or on a schema
 * (`z.object({...}).strict()`, `note.extend({...})`) are wrapped: a read such as `tag.options`
 * (an array) or a parse is left as it is.
 */

/** zod's functions that do not build a schema. */
const notSchemaBuilders = new Set([
  'config',
  'registry',
  'globalRegistry',
  'treeifyError',
  'prettifyError',
  'flattenError',
  'formatError',
  'toJSONSchema',
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'encode',
  'decode',
  'infer',
]);

/** Methods of a schema that return a schema: what a chain on an imported schema may use. */
const schemaMethods = new Set([
  'and',
  'array',
  'catch',
  'catchall',
  'default',
  'describe',
  'extend',
  'int',
  'keyof',
  'length',
  'max',
  'merge',
  'min',
  'nonempty',
  'nonnegative',
  'nullable',
  'nullish',
  'omit',
  'optional',
  'or',
  'partial',
  'passthrough',
  'pick',
  'pipe',
  'positive',
  'readonly',
  'refine',
  'regex',
  'required',
  'safeExtend',
  'strict',
  'strip',
  'superRefine',
  'transform',
  'trim',
]);

/** The root identifier and the method names of a chain of method calls, or null. */
const methodChain = (node: Node): { root: string; methods: string[] } | null => {
  if (node.type !== 'CallExpression') return null;
  const methods: string[] = [];
  let current: Node = node;
  for (;;) {
    if (current.type === 'CallExpression') {
      const callee = current.callee as Node;
      if (callee.type !== 'MemberExpression' || callee.computed) return null;
      const property = callee.property as Node;
      if (property.type !== 'Identifier') return null;
      methods.unshift(property.name as string);
      current = callee.object as Node;
    } else if (current.type === 'Identifier') {
      return { root: current.name as string, methods };
    } else return null;
  }
};

/** Start and end of each expression to build on first use, in source order. */
export const lazySchemaSpans = (program: { body: Node[] }): [number, number][] => {
  const schemas = new Set<string>();
  const imported = new Set<string>();
  const spans: [number, number][] = [];
  const isSchema = (node: Node): boolean => {
    const chain = methodChain(node);
    if (!chain) return false;
    if (chain.root === 'z') return !notSchemaBuilders.has(chain.methods[0] ?? '');
    if (schemas.has(chain.root)) return chain.methods.every((name) => !notSchemaBuilders.has(name));
    return imported.has(chain.root) && chain.methods.every((name) => schemaMethods.has(name));
  };
  const visit = (node: Node): boolean => {
    if (isSchema(node)) {
      spans.push([node.start, node.end]);
      return true;
    }
    if (node.type === 'ObjectExpression') {
      for (const property of node.properties as Node[]) {
        if (property.type === 'Property' && !property.computed) visit(property.value as Node);
      }
    }
    return false;
  };
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers as Node[])
      imported.add((specifier.local as Node).name as string);
  }
  for (const { name, init } of topLevelVariables(program)) {
    if (visit(init)) schemas.add(name);
  }
  return spans;
};

// Relative to the project's folder, where the build runs (as electron.vite.config.ts's paths are).
const helper = resolve('src/shared/lazySchema.ts');

export const lazySchemas = () => ({
  name: 'gloss-lazy-schemas',
  transform(
    this: { parse: (code: string) => { body: Node[] } },
    code: string,
    id: string,
  ): { code: string; map: null } | null {
    if (!/[\\/]src[\\/](shared|core)[\\/]/.test(id) || id === helper || !code.includes('z.'))
      return null;
    const spans = lazySchemaSpans(this.parse(code));
    if (spans.length === 0) return null;
    const out = wrapSpans(code, spans, '__lazySchema(() => ', ')');
    return {
      code: `import { lazySchema as __lazySchema } from ${JSON.stringify(helper)};\n${out}`,
      map: null,
    };
  },
});
