import type { Literal, Node, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

/*
 * The Markdown dialect of an export: CommonMark written by remark-stringify, plus the things
 * Obsidian, Logseq and Pandoc read that CommonMark has no node for: #tags, [[wiki links]],
 * ^block-ids and [@citations]. They are mdast nodes of their own, so that the tree says what
 * they are and only their handlers write their syntax; every other text goes through the
 * serializer's escaping.
 */

/**
 * `#value`: a tag, one word (the contract forbids spaces, commas and `#` in tags). Written
 * through `hashTagText`, so a tag can never carry Markdown syntax (a link, a wiki link).
 */
export interface HashTag extends Literal {
  type: 'hashTag';
}

/** `[[target]]`: a link to another file of the export, or to a block (`name#^id`). */
export interface WikiLink extends Node {
  type: 'wikiLink';
  target: string;
}

/** ` ^id` at the end of a block: what Obsidian's block references point at. */
export interface BlockAnchor extends Node {
  type: 'blockAnchor';
  id: string;
}

/** `[@key, p. 12]`: a Pandoc citation (its text made by shared/citations/pandoc.ts). */
export interface PandocCitation extends Literal {
  type: 'pandocCitation';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    hashTag: HashTag;
    wikiLink: WikiLink;
    blockAnchor: BlockAnchor;
    pandocCitation: PandocCitation;
  }
  interface RootContentMap {
    hashTag: HashTag;
    wikiLink: WikiLink;
    blockAnchor: BlockAnchor;
    pandocCitation: PandocCitation;
  }
}

/**
 * Characters CommonMark leaves alone mid-line but Obsidian or Logseq would read as syntax:
 * tags (#), block ids (^), highlights (==), comments (%%), maths ($), table cells (|) and
 * strike-through (~). A backslash before any ASCII punctuation is a valid CommonMark escape, so
 * escaping them everywhere in text keeps the text as written in every reader.
 */
const extraUnsafe: NonNullable<Options['unsafe']> = ['#', '^', '=', '%', '$', '|', '~'].map(
  (character) => ({ character, inConstruct: 'phrasing' }),
);

/** A tag of letters, digits, `_`, `-` and `/` only: one Obsidian and Logseq read whole. */
export const isPlainTag = (tag: string): boolean => /^[\p{L}\p{M}\p{N}_/-]+$/u.test(tag);

/** ASCII punctuation a tag keeps as is: what Obsidian and Logseq read as part of a tag. */
const tagPunctuation = new Set(['_', '-', '/']);
const asciiPunctuation = /[!-/:-@[-`{-~]/gu;

/**
 * A tag as Markdown: every ASCII punctuation character but `_`, `-` and `/` is escaped with a
 * backslash (`#[a](javascript:x)` stays text, `[[x]]` no wiki link) and control characters go.
 * Tags of letters, digits, `_`, `-` and `/` (all that Obsidian reads as a tag) are unchanged.
 */
export const hashTagText = (value: string): string =>
  `#${value
    .replace(/\p{Cc}/gu, '')
    .replace(asciiPunctuation, (character) =>
      tagPunctuation.has(character) ? character : `\\${character}`,
    )}`;

const options: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  rule: '-',
  listItemIndent: 'one',
  unsafe: extraUnsafe,
  handlers: {
    hashTag: (node: HashTag) => hashTagText(node.value),
    wikiLink: (node: WikiLink) => `[[${node.target}]]`,
    blockAnchor: (node: BlockAnchor) => `^${node.id}`,
    pandocCitation: (node: PandocCitation) => node.value,
  },
};

const stringifier = unified().use(remarkFrontmatter, ['yaml']).use(remarkStringify, options);
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Writes a tree as Markdown text. */
export const stringifyMarkdown = (tree: Root): string => stringifier.stringify(tree);

/** Reads Markdown (with YAML front matter) into a tree without positions. */
export const parseMarkdown = (markdown: string): Root => stripPositions(parser.parse(markdown));

const stripPositions = <T extends Nodes>(node: T): T => {
  delete node.position;
  if ('children' in node) for (const child of node.children) stripPositions(child);
  return node;
};
