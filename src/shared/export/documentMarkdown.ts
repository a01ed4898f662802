import type { BlockContent, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Highlight, Note } from '../annotations';
import { pandocCitation } from '../citations/pandoc';
import { blockSeparator } from '../text';
import { entityLines, noteAnchors } from './entitiesMarkdown';
import { frontMatterYaml } from './frontMatterYaml';
import { isPlainTag, parseMarkdown, stringifyMarkdown } from './markdownSyntax';
import { blockIdFor } from './names';
import { referenceProperties } from './referenceFrontMatter';
import { highlightPages } from './pages';
import { plainMarkdown, plainParagraph } from './plainMarkdown';
import type { ExportedDocument, ExportedEntity } from './types';

/** The front matter key that marks a file as Gloss's own (see core/export/folder.ts). */
export const glossKey = 'gloss';

/** Bumped when the layout of exported Markdown changes in a way readers of it must know. */
export const markdownFormatVersion = 1;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

const tagNodes = (tags: readonly string[]): PhrasingContent[] =>
  tags.flatMap((tag, index) => [
    ...(index > 0 ? [text(' ')] : []),
    { type: 'hashTag', value: tag } as const,
  ]);

/** The tags of a line, then its block id: `#a #b ^gloss-…`. */
const tagsAndAnchor = (tags: readonly string[], id: string | null): PhrasingContent[] => [
  ...tagNodes(tags),
  ...(id === null ? [] : [text(tags.length ? ' ' : ''), { type: 'blockAnchor', id } as const]),
];

/** The quoted text, one paragraph per block it spans, line breaks kept as written. */
const quoteParagraphs = (quote: string): Paragraph[] =>
  quote
    .split(blockSeparator)
    .filter((part) => part.length > 0)
    .map((part) => paragraph([text(part)]));

/**
 * A note's body is Markdown: it is parsed and its blocks become part of the document (so an
 * unclosed fence in a note cannot swallow what follows). Its headings are pushed below the
 * document's own (## sections) so that the outline stays the export's.
 */
const noteBlocks = (body: string): RootContent[] => {
  const plain = plainParagraph(body);
  if (plain) return [plain];
  const parsed = parseMarkdown(body).children.filter((node) => node.type !== 'yaml');
  const demote = (node: RootContent): RootContent => {
    if (node.type === 'heading')
      return { ...node, depth: Math.min(6, node.depth + 2) as Heading['depth'] };
    if ('children' in node && node.type !== 'paragraph') {
      return { ...node, children: (node.children as RootContent[]).map(demote) } as RootContent;
    }
    return node;
  };
  return parsed.map(demote);
};

/** `[@key, p. 12] ` before a quote's block id, or nothing without a citekey. */
const citationNodes = (citekey: string | null, pages: string | null): PhrasingContent[] =>
  citekey === null
    ? []
    : [{ type: 'pandocCitation', value: pandocCitation(citekey, pages) }, text(' ')];

const highlightSection = (
  highlight: Highlight,
  note: Note | undefined,
  pages: string | null,
  citekey: string | null,
): RootContent[] => {
  const meta: PhrasingContent[] = [
    // A quote from a PDF cites its page, ready to be quoted as it stands.
    ...(pages ? [text(`${pages} · `)] : []),
    text(highlight.color),
    ...(highlight.tags.length ? [text(' · '), ...tagNodes(highlight.tags)] : []),
    text(' '),
    ...citationNodes(citekey, pages),
    { type: 'blockAnchor', id: blockIdFor(highlight.id) },
  ];
  const quote: BlockContent = {
    type: 'blockquote',
    children: [...quoteParagraphs(highlight.quote.exact), paragraph(meta)],
  };
  if (!note) return [quote];
  const body = note.body.trim() ? noteBlocks(note.body) : [];
  const tags = note.tags.length ? [paragraph(tagsAndAnchor(note.tags, null))] : [];
  return [quote, ...body, ...tags];
};

const documentNoteSection = (note: Note): RootContent[] => [
  ...noteBlocks(note.body),
  paragraph(tagsAndAnchor(note.tags, blockIdFor(note.id))),
];

const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const frontMatter = (
  document: ExportedDocument,
  entities: readonly ExportedEntity[],
  exportedAt: string,
): string => {
  const { info, highlights, notes } = document;
  const data: Record<string, unknown> = { title: info.title };
  if (info.byline) data.author = info.byline;
  data.source = info.source;
  if (info.siteName) data.site = info.siteName;
  if (info.publishedAt) data.published = info.publishedAt;
  if (document.citation) Object.assign(data, referenceProperties(document.citation));
  data.added = info.addedAt;
  data.exported = exportedAt;
  // Only tags Obsidian reads as tags: another (`[[x]]`) would be a link among the properties.
  data.tags = sorted([...highlights, ...notes].flatMap((item) => item.tags)).filter(isPlainTag);
  data.entities = entities.map((entity) => entity.canonical);
  data[glossKey] = { document: info.id, format: markdownFormatVersion };
  return frontMatterYaml(data);
};

/** What a document's Markdown is written from; `fileName` is its own name, for block links. */
export interface DocumentMarkdownInput {
  document: ExportedDocument;
  entities: ReadonlyMap<string, ExportedEntity>;
  fileName: string;
  exportedAt: string;
  /** False leaves the Pandoc citations off the quotes (default true). */
  citations?: boolean;
}

/**
 * One document as Markdown for Obsidian and Logseq: front matter, highlights in reading order
 * (each a quote ending in its block id, its note under it), orphaned highlights, document notes
 * and the entities with links to the notes about them.
 */
export const documentMarkdown = (input: DocumentMarkdownInput): string => {
  const { document, fileName } = input;
  const { highlights, notes } = document;
  const noteOf = new Map(
    notes.flatMap((note) => (note.highlightId ? [[note.highlightId, note]] : [])),
  );
  const placed = highlights.filter((highlight) => highlight.status !== 'orphaned');
  const orphans = highlights.filter((highlight) => highlight.status === 'orphaned');
  const documentNotes = notes.filter((note) => note.highlightId === null);
  const listed = entityLines(document, input.entities, noteAnchors(document), fileName);
  const citekey = input.citations === false ? null : (document.citation?.citekey ?? null);

  const children: RootContent[] = [heading(1, document.info.title)];
  children.push(heading(2, 'Highlights'));
  if (placed.length === 0) children.push(paragraph([text('No highlights yet.')]));
  for (const highlight of placed)
    children.push(
      ...highlightSection(
        highlight,
        noteOf.get(highlight.id),
        highlightPages(document.info, highlight),
        citekey,
      ),
    );
  if (orphans.length) {
    children.push(heading(2, 'Orphaned highlights'));
    children.push(paragraph([text('These passages are no longer found in the current text.')]));
    for (const highlight of orphans)
      children.push(...highlightSection(highlight, noteOf.get(highlight.id), null, citekey));
  }
  if (documentNotes.length) {
    children.push(heading(2, 'Document notes'));
    for (const note of documentNotes) children.push(...documentNoteSection(note));
  }
  children.push(heading(2, 'Entities'), ...listed.nodes);

  const yaml = frontMatter(document, listed.entities, input.exportedAt);
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...children] };
  return plainMarkdown(tree) ?? stringifyMarkdown(tree);
};
