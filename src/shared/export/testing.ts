import type { Blockquote, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/*
 * Reads an exported Markdown file back with a plain CommonMark parser, as a reader of the
 * export would: for tests, to show that everything put in comes out again.
 */

/** The text of a node as a reader sees it: escapes resolved, marks dropped. */
const toString = (node: Nodes): string => {
  if ('value' in node) return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) {
    const separator =
      node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' ? '\n' : '';
    return (node.children as Nodes[]).map(toString).join(separator);
  }
  return '';
};

export interface ReadHighlight {
  quote: string;
  color: string;
  tags: string[];
  blockId: string;
  /** The Pandoc citation before the block id (`[@key, p. 12]`), if any. */
  citation: string | null;
  /** The text of the blocks between this quote and the next one or the next section. */
  note: string;
  section: string;
}

export interface ReadEntity {
  name: string;
  type: string;
  mentions: number;
  links: string[];
}

export interface ReadDocument {
  frontMatter: Record<string, unknown>;
  title: string;
  highlights: ReadHighlight[];
  /** Document notes: their text (tags line included) and block id. */
  documentNotes: { text: string; blockId: string }[];
  entities: ReadEntity[];
  /** Every ^block-id in the file, in order. */
  blockIds: string[];
}

/** `p. 12 · yellow · #tag [@key, p. 12] ^id`: pages (PDF), colour, tags, citation, block id. */
const metaPattern =
  /^(?:pp?\. [^·]+ · )?(yellow|green|blue|pink|purple)((?: · (?:#\S+ ?)+)?) (?:(\[@[^\]]+\]) )?\^(\S+)$/u;

const readQuote = (node: Blockquote, section: string): ReadHighlight | null => {
  const paragraphs = node.children.map((child) => toString(child));
  const meta = metaPattern.exec(paragraphs.at(-1) ?? '');
  if (!meta) return null;
  const tags = (meta[2] ?? '').match(/#\S+/gu)?.map((tag) => tag.slice(1)) ?? [];
  const quote = paragraphs.slice(0, -1).join('\n\n');
  const [, color, , citation, blockId] = meta as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  return { quote, color, tags, blockId, citation: citation ?? null, note: '', section };
};

const readEntity = (text: string): ReadEntity | null => {
  const match = /^(.+) — (\S+) · (\d+) mentions?(?: · notes: (.+))?$/u.exec(text);
  if (!match) return null;
  const links = [...(match[4] ?? '').matchAll(/\[\[([^\]]+)\]\]/gu)].map(
    (found) => found[1] as string,
  );
  return { name: match[1] as string, type: match[2] as string, mentions: Number(match[3]), links };
};

export const readExportedMarkdown = (markdown: string): ReadDocument => {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown);
  const result: ReadDocument = {
    frontMatter: {},
    title: '',
    highlights: [],
    documentNotes: [],
    entities: [],
    blockIds: [...markdown.matchAll(/ \^([A-Za-z0-9-]+)$/gmu)].map((found) => found[1] as string),
  };
  let section = '';
  let current: ReadHighlight | null = null;
  let pending: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'yaml') {
      result.frontMatter = parseYaml(node.value) as Record<string, unknown>;
    } else if (node.type === 'heading') {
      current = null;
      if (node.depth === 1) result.title = toString(node);
      else section = toString(node);
    } else if (node.type === 'blockquote' && section !== 'Document notes') {
      current = readQuote(node, section);
      if (current) result.highlights.push(current);
    } else if (section === 'Entities' && node.type === 'list') {
      for (const item of node.children) {
        const entity = readEntity(toString(item.children[0] ?? item));
        if (entity) result.entities.push(entity);
      }
    } else if (section === 'Document notes') {
      const text = toString(node);
      pending.push(text);
      const anchor = / \^(\S+)$|^\^(\S+)$/u.exec(text);
      if (anchor) {
        result.documentNotes.push({
          text: pending.join('\n\n'),
          blockId: (anchor[1] ?? anchor[2]) as string,
        });
        pending = [];
      }
    } else if (current) {
      const block = toString(node);
      current.note = current.note ? `${current.note}\n\n${block}` : block;
    }
  };
  for (const node of tree.children) visit(node);
  return result;
};
