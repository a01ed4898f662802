import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { hashTagText } from './markdownSyntax';

/*
 * remark's serializer checks every text against some forty escaping rules, with what comes
 * before and after it: about 2 ms a document, most of a Markdown export of 10,000 documents.
 * Most of an export's text needs none of them: words, digits, spaces and the punctuation no
 * rule touches. This writes the trees an export makes (headings, paragraphs, quotes, one tight
 * list) straight, when every text in them is such plain text where it stands, and answers
 * undefined for anything else, which remark then writes. Where it answers, its output is
 * remark's byte for byte (plainMarkdown.test.ts compares them on generated trees).
 */

/** Text no escaping rule of the export's dialect applies to, wherever it stands on a line. */
const plainText = /^[\p{L}\p{M}\p{N} ,.;:?'"’‘“”()\-–—/…·@]*$/u;
/** What may start a line: not a space, a list marker (`-`, `1.`, `1)`) or a quote mark. */
const plainLineStart = /^(?:[\p{L}\p{M}"“‘'(]|\p{N}(?!\p{N}*[.)]))/u;
/** A letter or digit: a strong or emphasised text starting or ending so needs no encoding. */
const wordCharacter = /[\p{L}\p{N}]/u;
/** Outside an emphasis (`_`): a space or punctuation, so that `_` opens and closes it. */
const emphasisBoundary = /[\s,.;:?'"’‘“”()\-–—/…·]/u;

type Inline = PhrasingContent;

/** Where a run of phrasing sits: at the start of its line, before the end of its line. */
interface Place {
  lineStart: boolean;
  lineEnd: boolean;
  /** The character written just before (for `](`). */
  before: string;
}

/**
 * The text as remark writes it where it stands, or undefined unless plain. A space ending a
 * line is written as a character reference (`&#x20;`), as remark does, or readers drop it.
 */
const plainWritten = (value: string, { lineStart, lineEnd, before }: Place): string | undefined => {
  if (value === '') return '';
  if (!plainText.test(value)) return undefined;
  if (lineStart && !plainLineStart.test(value)) return undefined;
  if (before === ']' && value.startsWith('(')) return undefined;
  return lineEnd && value.endsWith(' ') ? `${value.slice(0, -1)}&#x20;` : value;
};

/**
 * `**strong**` or `_emphasis_` of one plain text, or undefined where remark would encode a
 * character beside a marker: a punctuation mark inside needs a space or punctuation outside,
 * and `_` needs them on both sides (or the line's edge) whatever is inside.
 */
const attention = (
  node: Inline,
  marker: string,
  place: Place,
  after: string,
): string | undefined => {
  if (!('children' in node) || node.children.length !== 1) return undefined;
  const [only] = node.children;
  if (only?.type !== 'text' || !only.value || !plainText.test(only.value)) return undefined;
  const { value } = only;
  // Next to another emphasis or strong text, remark changes markers.
  if (/[*_]/u.test(place.before + after)) return undefined;
  const outside = [place.lineStart ? ' ' : place.before, place.lineEnd ? ' ' : after];
  const inside = [value[0] ?? '', value.at(-1) ?? ''];
  for (const side of [0, 1]) {
    const within = inside[side] ?? '';
    const beyond = outside[side] ?? '';
    if (within === ' ') return undefined;
    const needsBoundary = marker === '_' || !wordCharacter.test(within);
    if (needsBoundary && !emphasisBoundary.test(beyond)) return undefined;
  }
  return `${marker}${value}${marker}`;
};

/** What a custom node writes (markdownSyntax.ts's handlers), without escaping. */
const custom = (node: Inline): string | undefined => {
  if (node.type === 'hashTag') return hashTagText(node.value);
  if (node.type === 'wikiLink') return `[[${node.target}]]`;
  if (node.type === 'blockAnchor') return `^${node.id}`;
  if (node.type === 'pandocCitation') return node.value;
  return undefined;
};

/** First characters of what each node writes, for its neighbours' context. */
const firstOf = (node: Inline | undefined): string => {
  if (!node) return '';
  if (node.type === 'text') return node.value[0] ?? '';
  if (node.type === 'strong') return '*';
  if (node.type === 'emphasis') return '_';
  return (custom(node) ?? '')[0] ?? '';
};

const phrasing = (nodes: readonly Inline[]): string | undefined => {
  let out = '';
  for (const [index, node] of nodes.entries()) {
    const rest = nodes.slice(index + 1);
    const place: Place = {
      lineStart: out === '',
      lineEnd: rest.length === 0,
      before: out.at(-1) ?? '',
    };
    const after = firstOf(rest.find((next) => next.type !== 'text' || next.value !== ''));
    let written: string | undefined;
    if (node.type === 'text') written = plainWritten(node.value, place);
    else if (node.type === 'strong') written = attention(node, '**', place, after);
    else if (node.type === 'emphasis') written = attention(node, '_', place, after);
    else written = custom(node);
    if (written === undefined) return undefined;
    out += written;
  }
  return out;
};

const block = (node: RootContent | BlockContent): string | undefined => {
  switch (node.type) {
    case 'heading': {
      const text = phrasing(node.children);
      return text ? `${'#'.repeat(node.depth)} ${text}` : undefined;
    }
    case 'paragraph': {
      const text = phrasing(node.children);
      return text ? text : undefined;
    }
    case 'blockquote': {
      const parts = node.children.map(block);
      if (parts.length === 0 || parts.some((part) => part === undefined)) return undefined;
      return parts
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    }
    case 'list': {
      if (node.ordered || node.spread) return undefined;
      const items = node.children.map((item) => {
        const [only, ...others] = item.children;
        if (item.spread || others.length || only?.type !== 'paragraph') return undefined;
        const text = block(only);
        return text === undefined ? undefined : `- ${text}`;
      });
      if (items.length === 0 || items.some((item) => item === undefined)) return undefined;
      return items.join('\n');
    }
    default:
      return undefined;
  }
};

/** The tree as remark writes it, or undefined where this writer does not know it does. */
export const plainMarkdown = (tree: Root): string | undefined => {
  const parts: string[] = [];
  for (const [index, node] of tree.children.entries()) {
    // Two lists in a row are kept apart by remark in ways not repeated here.
    if (node.type === 'list' && tree.children[index - 1]?.type === 'list') return undefined;
    if (node.type === 'yaml') {
      if (index !== 0) return undefined;
      parts.push(`---\n${node.value}\n---`);
      continue;
    }
    const written = block(node);
    if (written === undefined) return undefined;
    parts.push(written);
  }
  return parts.length ? `${parts.join('\n\n')}\n` : undefined;
};

/**
 * A note's body as remark reads it, when it is one line of plain text (most notes): one
 * paragraph of that text, without running the parser. Undefined for anything else.
 */
export const plainParagraph = (body: string): Paragraph | undefined =>
  body !== '' &&
  plainText.test(body) &&
  plainLineStart.test(body) &&
  !body.endsWith(' ') &&
  !/^-{3,}$/u.test(body)
    ? { type: 'paragraph', children: [{ type: 'text', value: body }] }
    : undefined;
