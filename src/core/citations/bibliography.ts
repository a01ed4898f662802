import type { CSL } from '@citation-js/core';
import {
  styledBibliography,
  styledBibliographyById,
  styledRuns,
  type StyledText,
} from './citationJs';
import { bibliographyRules, type BibliographyPiece } from './bibliographyPieces';

/** An item of a bibliography with its piece (kept, or formatted for this export). */
export interface PiecedItem {
  item: CSL;
  piece: BibliographyPiece;
}

/** Groups of indexes joined by union-find: each index answers its group's first index. */
const unionFind = (size: number) => {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    parent[index] = root;
    return root;
  };
  return {
    find,
    join: (a: number, b: number) => {
      parent[find(b)] = find(a);
    },
  };
};

/** citeproc substitutes a repeated author when the rendered names compare equal. */
const firstName = (authors: string | string[]): string =>
  Array.isArray(authors) ? (authors[0] ?? '') : authors;

/**
 * The stretches of `sorted` (first and last index) to format again together: each holds whole
 * groups of references whose entries depend on each other: the same ambiguous citation (a
 * year suffix or more names tell them apart) and, where the style prints a repeated author as
 * a dash, each named entry with the named entry before it when their first authors compare
 * equal (joined more often than citeproc substitutes, never less). A stretch is contiguous in
 * the sorted order, so each entry in it follows the same entries as in a run over all.
 */
const dependentStretches = (
  sorted: readonly PiecedItem[],
  substitutesAuthors: boolean,
): Array<[number, number]> => {
  const groups = unionFind(sorted.length);
  const byAmbiguous = new Map<string, number>();
  let lastNamed: { index: number; name: string } | undefined;
  for (const [index, { piece }] of sorted.entries()) {
    if (piece.ambiguous) {
      const first = byAmbiguous.get(piece.ambiguous);
      if (first === undefined) byAmbiguous.set(piece.ambiguous, index);
      else groups.join(first, index);
    }
    if (substitutesAuthors && piece.authors !== null) {
      const name = firstName(piece.authors);
      if (lastNamed && !name.localeCompare(lastNamed.name)) groups.join(lastNamed.index, index);
      lastNamed = { index, name };
    }
  }
  // Each group's span, then overlapping spans merged.
  const spans = new Map<number, [number, number]>();
  for (let index = 0; index < sorted.length; index += 1) {
    const root = groups.find(index);
    const span = spans.get(root);
    if (span) span[1] = index;
    else spans.set(root, [index, index]);
  }
  const stretches: Array<[number, number]> = [];
  for (const [first, last] of [...spans.values()].sort((a, b) => a[0] - b[0])) {
    if (first === last) continue;
    const previous = stretches.at(-1);
    if (previous && first <= previous[1]) previous[1] = Math.max(previous[1], last);
    else stretches.push([first, last]);
  }
  return stretches;
};

/**
 * A bibliography in `style` from each item's piece (`items` in the order a whole run is given
 * them): sorted by citeproc's comparison of the kept sort keys, each entry the item's own,
 * except where entries depend on each other: those groups are formatted again together, and
 * give what a run over every item gives. A numbered style is one run over every item.
 */
export const assembledBibliography = (
  items: readonly PiecedItem[],
  style: string,
): StyledText[][] => {
  const rules = bibliographyRules(style);
  if (rules.numbered)
    return styledBibliography(
      items.map(({ item }) => item),
      style,
    );
  const sorted = items
    .map((item, seq) => ({ ...item, seq, sortable: rules.sortable(item.piece.sortKeys, seq) }))
    .sort((a, b) => rules.compare(a.sortable, b.sortable));
  const together = new Map<string, StyledText[]>();
  for (const [first, last] of dependentStretches(sorted, rules.substitutesAuthors)) {
    // In the order given (`seq`), as the whole run has them: citeproc breaks ties by it.
    const members = sorted
      .slice(first, last + 1)
      .sort((a, b) => a.seq - b.seq)
      .map(({ item }) => item);
    for (const [id, runs] of styledBibliographyById(members, style)) together.set(id, runs);
  }
  return sorted.flatMap(({ item, piece }) => {
    const runs = together.get(String(item.id));
    if (runs) return [runs];
    return piece.html ? [styledRuns(piece.html)] : [];
  });
};
