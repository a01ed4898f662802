/*
 * What the two schema build plugins share (pureSchemas.ts for the renderer, lazySchemas.ts for
 * the Node bundle): the nodes of a parsed module, its top-level variables, and the rewriting of
 * the spans they pick.
 */

/** A node of the syntax tree the bundler's parser gives (ESTree). */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Each top-level `const name = init` (exported or not) with a plain name, in source order. */
export function* topLevelVariables(program: {
  body: Node[];
}): Generator<{ name: string; init: Node }> {
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration'
        ? (statement.declaration as Node | null)
        : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as Node[]) {
      const init = declarator.init as Node | null;
      const id = declarator.id as Node;
      if (init && id.type === 'Identifier') yield { name: id.name as string, init };
    }
  }
}

/** `code` with each [start, end) span (in source order, none overlapping) put inside a wrapper. */
export const wrapSpans = (
  code: string,
  spans: readonly [number, number][],
  before: string,
  after: string,
): string => {
  let out = code;
  for (const [start, end] of [...spans].reverse()) {
    out = `${out.slice(0, start)}${before}${out.slice(start, end)}${after}${out.slice(end)}`;
  }
  return out;
};
