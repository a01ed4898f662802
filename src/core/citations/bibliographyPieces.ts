import { createRequire } from 'node:module';
import type { CSL } from '@citation-js/core';
import { citationJs } from './citationJs';

/*
 * A bibliography of thousands of references is one citeproc run of seconds per thousand (sort
 * keys, disambiguation, then every entry). Most of it is each reference on its own: its entry,
 * its sort keys, its citation's ambiguous form and its rendered authors. Those are what this
 * file asks citeproc for, one reference at a time, so that they can be kept and a bibliography
 * assembled from them (bibliography.ts): citeproc's own comparison of the sort keys puts them
 * in order, and only references that can change each other's entries (the same ambiguous
 * citation, disambiguated by a year suffix or names; the same authors one after the other,
 * which a style may print as `———`) are formatted again together.
 */

/** One reference formatted alone, with what says how it sorts and whom it can affect. */
export interface BibliographyPiece {
  /** The entry as citeproc's HTML (an empty string where the style prints nothing). */
  html: string;
  /** citeproc's bibliography sort keys (undefined where the item has no value). */
  sortKeys: (string | undefined)[];
  /** The citation's form before disambiguation: equal forms are disambiguated together. */
  ambiguous: string;
  /** The authors as the bibliography renders them, compared for subsequent-author-substitute. */
  authors: string | string[] | null;
}

/** The parts of citeproc's engine read here (citeproc ships no types). */
interface Engine {
  updateItems: (ids: string[]) => string[];
  makeBibliography: () => [unknown, string[]] | false;
  registry: {
    registry: Record<string, { sortkeys?: (string | undefined)[]; ambig?: string }>;
  };
  tmp: { last_rendered_name?: string | string[] | false; lang_array?: string[] };
  opt: { update_mode?: unknown; bib_mode?: unknown; 'default-locale-sort'?: string };
  bibliography: { opt: Record<string, unknown> };
  bibliography_sort: { opt: { sort_directions: [number, number][] } };
}
type PrepareEngine = (data: CSL[], style: string, lang: string, format: string) => Engine;
interface Citeproc {
  NUMERIC: unknown;
  stringCompare?: unknown;
}

/** The output format's name among citation-js's (`bibliography`, `bibtex`, ...). */
const pieceFormat = 'glossBibliographyPieces' as const;
const load = createRequire(import.meta.url);

const prepareEngine = (): PrepareEngine =>
  (citationJs().plugins.config.get('@csl') as unknown as { engine: PrepareEngine }).engine;

/**
 * An output format of citation-js, so that the items reach citeproc exactly as they do for a
 * bibliography (parsed and cleaned by citation-js the same way).
 */
const piecesOutput = (data: CSL[], style: string): BibliographyPiece[] => {
  const engine = prepareEngine()(data, style, 'en-US', 'html');
  return data.map(({ id }) => {
    engine.updateItems([String(id)]);
    const token = engine.registry.registry[String(id)];
    const made = engine.makeBibliography();
    const rendered = engine.tmp.last_rendered_name;
    return {
      html: made ? (made[1][0] ?? '') : '',
      sortKeys: token?.sortkeys ?? [],
      ambiguous: token?.ambig ?? '',
      authors: rendered === false || rendered === undefined ? null : rendered,
    };
  });
};

// citation-js declares its output formats in namespaces: the new one is added to them.
/* eslint-disable @typescript-eslint/no-namespace */
declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        glossBibliographyPieces: (options: { style: string }) => BibliographyPiece[];
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

const withPiecesFormat = () => {
  const core = citationJs();
  if (!core.plugins.output.has(pieceFormat)) {
    core.plugins.output.add(pieceFormat, (data: CSL[], options: { style: string }) =>
      piecesOutput(data, options.style),
    );
  }
  return core;
};

/** Each item formatted alone in `style`, in the order given. */
export const bibliographyPieces = (items: readonly CSL[], style: string): BibliographyPiece[] =>
  items.length ? new (withPiecesFormat().Cite)(items).format(pieceFormat, { style }) : [];

/** A reference's sort keys, ready to be compared (see bibliographyRules). */
export interface SortableKeys {
  keys: (string | undefined)[];
  /** The keys in lower case, as citeproc compares them. */
  lowered: (string | undefined)[];
  /** Its place in the order given: citeproc breaks ties by it. */
  seq: number;
}

/** How a style's bibliography puts its entries together. */
export interface BibliographyRules {
  sortable: (keys: (string | undefined)[], seq: number) => SortableKeys;
  /**
   * citeproc's comparison of two references' bibliography sort keys (its
   * `Registry.Comparifier` and `getSortCompare`), with each key lowered once instead of at
   * every comparison, and one collator instead of `localeCompare` with options (a collator
   * made per call): sorting 10,000 references took seconds.
   */
  compare: (a: SortableKeys, b: SortableKeys) => number;
  /** The style prints a repeated author as a dash (Chicago's `———`). */
  substitutesAuthors: boolean;
  /** Entries carry their number in the list: no entry stands alone. */
  numbered: boolean;
}

export const bibliographyRules = (style: string): BibliographyRules => {
  const engine = prepareEngine()([], style, 'en-US', 'html');
  // citeproc is plugin-csl's dependency, found from where plugin-csl is.
  const citeproc = createRequire(load.resolve('@citation-js/plugin-csl'))('citeproc') as Citeproc;
  if (citeproc.stringCompare) throw new Error('citeproc has a custom string comparison');
  const collator = new Intl.Collator(engine.opt['default-locale-sort'] ?? 'en-US', {
    sensitivity: 'base',
    ignorePunctuation: true,
    numeric: true,
  });
  // citeproc strips leading brackets and quotes only where the collator does not ignore them.
  const strip = collator.compare('[x', 'x') !== 0;
  const lower = (key: string): string => {
    let lowered: string;
    try {
      lowered = key.toLocaleLowerCase(engine.tmp.lang_array);
    } catch {
      lowered = key.toLowerCase();
    }
    return strip ? lowered.replace(/^[[\]'"]*/gu, '') : lowered;
  };
  const directions = engine.bibliography_sort.opt.sort_directions;
  return {
    sortable: (keys, seq) => ({
      keys,
      lowered: keys.map((key) => (key === undefined ? undefined : lower(key))),
      seq,
    }),
    compare: (a, b) => {
      for (let at = 0; at < a.keys.length; at += 1) {
        const [ascending, descending] = directions[at] ?? [-1, 1];
        let order = 0;
        const left = a.lowered[at];
        const right = b.lowered[at];
        if (a.keys[at] === b.keys[at]) order = 0;
        else if (left === undefined) order = descending;
        else if (right === undefined) order = ascending;
        else order = collator.compare(left, right);
        if (order > 0) return descending;
        if (order < 0) return ascending;
      }
      return a.seq - b.seq;
    },
    substitutesAuthors: Boolean(engine.bibliography.opt['subsequent-author-substitute']),
    numbered:
      engine.opt.update_mode === citeproc.NUMERIC || engine.opt.bib_mode === citeproc.NUMERIC,
  };
};
