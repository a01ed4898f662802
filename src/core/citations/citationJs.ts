import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CSL, CSLName } from '@citation-js/core';
import type * as CitationJsCore from '@citation-js/core';
// Types only (their output formats); the plugins themselves load with citationJs().
import type {} from '@citation-js/plugin-bibtex';
import type {} from '@citation-js/plugin-csl';

/*
 * citation-js, set up once for Gloss: BibTeX/BibLaTeX, RIS and CSL-JSON in, BibTeX, CSL-JSON
 * and formatted bibliographies out. Gloss never goes on the network: the one input type that
 * fetches (a bare URL, `@else/url`) is removed, no DOI plugin is installed, and every parse
 * names its input type, so no text is ever guessed to be something to look up.
 */

const load = createRequire(import.meta.url);
let loaded: typeof CitationJsCore | null = null;
/** Styles registered before citation-js was loaded: handed to it when it is. */
const stylesToAdd = new Map<string, string>();

/**
 * citation-js and its plugins, loaded and set up on first use (synchronously, so every caller
 * stays as it was): loading them cost every start of the server and the CLI about 150 ms,
 * most of `gloss list`, while only importing, citing and exporting need them.
 */
export const citationJs = (): typeof CitationJsCore => {
  if (loaded) return loaded;
  const core = load('@citation-js/core') as typeof CitationJsCore;
  for (const plugin of ['bibtex', 'csl', 'ris']) load(`@citation-js/plugin-${plugin}`);
  const { plugins } = core;
  plugins.input.remove('@else/url');

  // Unicode in written BibTeX (Biber, Pandoc and Zotero read UTF-8): citation-js's ASCII mode
  // drops what it cannot spell in LaTeX (CJK, Greek, emoji). Its Unicode mode escapes nothing, so
  // Gloss escapes LaTeX's special characters itself (latexEscaped) before handing items over.
  // The entry label is the citekey as Gloss checked it (BibTeX-safe), never one citation-js makes.
  const bibtexConfig = plugins.config.get('@bibtex') as {
    format: { asciiOnly: boolean; checkLabel: boolean };
  };
  bibtexConfig.format.asciiOnly = false;
  bibtexConfig.format.checkLabel = false;
  for (const [name, xml] of stylesToAdd) plugins.config.get('@csl').styles.add(name, xml);
  stylesToAdd.clear();
  loaded = core;
  return core;
};

/** The input types Gloss hands to citation-js, by what the user pasted. */
export const inputTypes = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  csl: '@csl/list+object',
} as const;
export type ReferenceInputFormat = keyof typeof inputTypes;

/** Parses `input` as exactly the given type; throws citation-js's error (with its position). */
export const parseWith = (input: string | object, format: ReferenceInputFormat): CSL[] =>
  new (citationJs().Cite)(input, {
    forceType: inputTypes[format],
    maxChainLength: 10,
    generateGraph: false,
    strict: true,
    target: '@csl/list+object',
  }).data as CSL[];

const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text as LaTeX reads it back: its special characters escaped, and the pairs that are ligatures
 * in LaTeX (-- en dash, `` and '' quotes) split by an empty group.
 */
export const latexEscape = (text: string): string =>
  text
    .replace(/[\\{}$&%#_~^]/gu, (char) => latexSpecials[char] ?? char)
    .replace(/([-'`])(?=\1)/gu, '$1{}');

/** Verbatim fields (BibLaTeX writes and reads them as they are). */
const verbatimFields = new Set(['URL', 'DOI', 'id', 'citation-key', 'type']);

const escapeName = (name: CSLName): CSLName =>
  Object.fromEntries(
    Object.entries(name).map(([key, value]) => {
      const escaped = latexEscape(String(value));
      // A comma inside a name part would split the name: braces keep it one part.
      return [key, escaped.includes(',') && key !== 'literal' ? `{${escaped}}` : escaped];
    }),
  ) as CSLName;

const latexEscaped = (item: CSL): CSL =>
  Object.fromEntries(
    Object.entries(item).map(([key, value]) => {
      if (verbatimFields.has(key)) return [key, value];
      if (typeof value === 'string') return [key, latexEscape(value)];
      if (Array.isArray(value) && key !== 'issued' && key !== 'accessed')
        return [key, (value as CSLName[]).map(escapeName)];
      return [key, value];
    }),
  ) as CSL;

/**
 * BibLaTeX has one @article for journals, magazines and newspapers, told apart by
 * `entrysubtype` (which citation-js writes from, and reads into, `genre`).
 */
const articleSubtypes: Partial<Record<string, string>> = {
  'article-newspaper': 'newspaper',
  'article-magazine': 'magazine',
};

const withSubtype = (item: CSL): CSL => {
  const subtype = articleSubtypes[item.type];
  return subtype ? { ...item, genre: subtype } : item;
};

/** The CSL type an entry read back had before BibLaTeX folded it into @article. */
export const unfoldedType = (item: CSL): CSL['type'] => {
  const match = Object.entries(articleSubtypes).find(([, subtype]) => subtype === item.genre);
  return item.type === 'article-journal' && match ? (match[0] as CSL['type']) : item.type;
};

/**
 * BibLaTeX entries of the items (the .bib dialect Biber, Pandoc and Zotero read, which keeps
 * more types and fields than classic BibTeX), keyed by their `citation-key`.
 */
export const formatBibtex = (items: readonly CSL[]): string =>
  items.length
    ? String(
        new (citationJs().Cite)(items.map((item) => latexEscaped(withSubtype(item)))).format(
          'biblatex',
        ),
      )
    : '';

/** The styles offered: APA ships inside plugin-csl; the others are .csl files Gloss ships. */
export const builtInStyles = { apa: 'APA 7th edition' } as const;

const registered = new Map<string, string>(Object.entries(builtInStyles));

/**
 * What a style formats with: the style's own file (or, for APA, the plugin that holds it) and
 * the citeproc that runs it. A stored formatted reference is stale once this changes.
 */
let formatterVersions: string | undefined;
const formatterVersion = (): string => {
  if (formatterVersions === undefined) {
    // citeproc is plugin-csl's dependency, found from where plugin-csl is.
    const plugin = load.resolve('@citation-js/plugin-csl');
    const version = (name: string) =>
      (createRequire(plugin)(`${name}/package.json`) as { version: string }).version;
    formatterVersions = `citeproc ${version('citeproc')}, plugin-csl ${version('@citation-js/plugin-csl')}`;
  }
  return formatterVersions;
};
const styleSources = new Map<string, string>();

/** Registers every `<name>.csl` in `folder` as style `<name>`; answers the styles known. */
export const registerStyles = (folder: string): ReadonlyMap<string, string> => {
  let files: string[] = [];
  try {
    files = fs.readdirSync(folder).filter((file) => file.endsWith('.csl'));
  } catch {
    // No styles folder: the built-in ones remain.
  }
  registerStyleFiles(
    new Map(
      files
        .sort()
        .map((file) => [
          path.basename(file, '.csl'),
          fs.readFileSync(path.join(folder, file), 'utf8'),
        ]),
    ),
  );
  return registered;
};

export const knownStyles = (): ReadonlyMap<string, string> => registered;

/** The CSL files registered here, by style name: what another thread registers to match. */
export const registeredStyleFiles = (): ReadonlyMap<string, string> => new Map(styleSources);

/** Registers styles from their CSL text (`registeredStyleFiles` of another thread). */
export const registerStyleFiles = (files: ReadonlyMap<string, string>): void => {
  for (const [name, xml] of files) {
    if (registered.has(name)) continue;
    const title = /<title>([^<]+)<\/title>/u.exec(xml)?.[1] ?? name;
    styleSources.set(name, xml);
    if (loaded) loaded.plugins.config.get('@csl').styles.add(name, xml);
    else stylesToAdd.set(name, xml);
    registered.set(name, title);
  }
};

/** The style as a formatter reads it: its CSL file where Gloss ships one, and the versions. */
export const styleFingerprint = (style: string): string =>
  `${formatterVersion()}\n${style}\n${styleSources.get(style) ?? ''}`;

const bibliographyEntries = (items: readonly CSL[], style: string, format: 'text' | 'html') =>
  items.length
    ? (new (citationJs().Cite)(items).format('bibliography', {
        format,
        template: style,
        lang: 'en-US',
        asEntryArray: true,
      }) as unknown as [string, string][])
    : [];

/** A bibliography in `style`, as plain text entries (one per item, in the style's order). */
export const formatBibliography = (items: readonly CSL[], style: string): string[] =>
  bibliographyEntries(items, style, 'text').map(([, text]) => text.trim());

/** A run of a formatted entry: italic where the style sets titles in italics. */
export interface StyledText {
  text: string;
  italic: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeEntities = (html: string): string =>
  html.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? all;
  });

/** citeproc's HTML for one entry as runs of text (italics kept, other markup dropped). */
export const styledRuns = (html: string): StyledText[] => {
  const runs: StyledText[] = [];
  let italic = false;
  for (const part of html.split(/(<\/?i>)/u)) {
    if (part === '<i>' || part === '</i>') {
      italic = part === '<i>';
      continue;
    }
    const text = decodeEntities(part.replace(/<[^>]*>/gu, '')).replace(/\s+/gu, ' ');
    if (text) runs.push({ text, italic });
  }
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== '');
};

/** A bibliography in `style` with its italics, one list of runs per entry, by item id. */
export const styledBibliographyById = (
  items: readonly CSL[],
  style: string,
): Map<string, StyledText[]> =>
  new Map(bibliographyEntries(items, style, 'html').map(([id, html]) => [id, styledRuns(html)]));

/** A bibliography in `style` with its italics, one list of runs per entry. */
export const styledBibliography = (items: readonly CSL[], style: string): StyledText[][] =>
  bibliographyEntries(items, style, 'html').map(([, html]) => styledRuns(html));
