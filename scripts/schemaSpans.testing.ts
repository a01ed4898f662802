import { parseAst } from 'vite';

/** The source text of each span a schema plugin's finder answers for `code` (its tests). */
export const spansIn = <P>(find: (program: P) => [number, number][], code: string): string[] =>
  find(parseAst(code) as unknown as P).map(([start, end]) => code.slice(start, end));
