import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Block } from '../../shared/model';
import type { Reference } from '../../shared/citations/reference';
import { citationFromFrontMatter } from '../citations/fromFrontMatter';
import { titleAndBlocks, type ImportedDocument } from './imported';

type Context = Pick<Block, 'kind' | 'level'>;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

const cleanText = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Inline markup flattened to the text a reader sees: emphasis, links and code keep their
 * text, an image its alt text; raw HTML is dropped (it is never shown as HTML either).
 */
const inlineText = (node: Nodes): string => {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : '';
  }
};

const pushText = (blocks: Block[], context: Context, text: string) => {
  const clean = cleanText(text);
  if (clean !== '') blocks.push({ ...context, text: clean });
};

const collect = (nodes: readonly RootContent[], context: Context, blocks: Block[]) => {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        pushText(blocks, { kind: 'heading', level: Math.max(2, node.depth) }, inlineText(node));
        break;
      case 'paragraph':
        pushText(blocks, context, inlineText(node));
        break;
      case 'blockquote':
        collect(node.children, { kind: 'quote' }, blocks);
        break;
      case 'list':
        collect(node.children, { kind: 'listItem' }, blocks);
        break;
      case 'listItem': {
        // An item's paragraphs make one list item; a nested list adds items of its own.
        const own = node.children.filter((child) => child.type === 'paragraph');
        pushText(blocks, context, own.map(inlineText).join(' '));
        collect(
          node.children.filter((child) => child.type !== 'paragraph'),
          context,
          blocks,
        );
        break;
      }
      case 'code':
        for (const line of node.value.split('\n')) pushText(blocks, context, line);
        break;
      case 'table':
        for (const row of node.children) {
          pushText(blocks, { kind: 'paragraph' }, row.children.map(inlineText).join(' '));
        }
        break;
      default:
        // Front matter, raw HTML, thematic breaks and definitions hold no article text.
        break;
    }
  }
};

/** A name from front matter, which may be a string, a list of names or {name}. */
const nameOf = (value: unknown): string | null => {
  if (typeof value === 'string') return cleanText(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf(value.name);
  return null;
};

const dateOf = (value: unknown): string | null => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return typeof value === 'string' ? cleanText(value) || null : null;
};

interface FrontMatter {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  citation?: Partial<Reference>;
}

/** The title, author and date of YAML front matter; a malformed block is just ignored. */
const frontMatterOf = (tree: Root): FrontMatter => {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  let data: unknown = null;
  try {
    data = yamlNode ? parseYaml(yamlNode.value) : null;
  } catch {
    data = null;
  }
  if (!data || typeof data !== 'object') return { title: null, byline: null, publishedAt: null };
  const fields = data as Record<string, unknown>;
  return {
    title: nameOf(fields.title),
    byline: nameOf(fields.author ?? fields.authors ?? fields.byline),
    publishedAt: dateOf(fields.date ?? fields.published),
    citation: citationFromFrontMatter(fields),
  };
};

/**
 * Reads Markdown into blocks: headings, paragraphs, quotes and list items, as plain text, code
 * blocks as paragraphs (one per line). YAML front matter may name the title and author.
 * Null when there is no text at all.
 */
export const parseMarkdown = (markdown: string): ImportedDocument | null => {
  const tree = parser.parse(markdown);
  const front = frontMatterOf(tree);
  const blocks: Block[] = [];
  collect(tree.children, { kind: 'paragraph' }, blocks);
  const parsed = titleAndBlocks(blocks, front.title);
  if (!parsed) return null;
  const { byline, publishedAt, citation } = front;
  return { ...parsed, byline, siteName: null, publishedAt, ...(citation ? { citation } : {}) };
};
