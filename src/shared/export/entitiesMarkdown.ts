import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { blockIdFor } from './names';
import type { ExportedDocument, ExportedEntity } from './types';

/** The block a note is found at: its highlight's quote, or its own line for a document note. */
export const noteAnchors = (document: ExportedDocument): Map<string, string> =>
  new Map(document.notes.map((note) => [note.id, blockIdFor(note.highlightId ?? note.id)]));

interface Listed {
  entity: ExportedEntity;
  mentions: number;
  anchors: string[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const item = ({ entity, mentions, anchors }: Listed, fileName: string): ListItem => {
  const children: PhrasingContent[] = [
    { type: 'strong', children: [{ type: 'text', value: entity.canonical }] },
    { type: 'text', value: ` — ${entity.type} · ${plural(mentions, 'mention')}` },
  ];
  anchors.forEach((anchor, index) => {
    children.push({ type: 'text', value: index === 0 ? ' · notes: ' : ', ' });
    children.push({ type: 'wikiLink', target: `${fileName}#^${anchor}` });
  });
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
};

/**
 * The Entities section of a document: each visible entity it mentions or a note links to, most
 * mentioned first, with its type, its mentions in this text and links to the blocks of its notes.
 */
export const entityLines = (
  document: ExportedDocument,
  entities: ReadonlyMap<string, ExportedEntity>,
  anchors: ReadonlyMap<string, string>,
  fileName: string,
): { nodes: RootContent[]; entities: ExportedEntity[] } => {
  const listed = new Map<string, Listed>();
  const entry = (entityId: string): Listed | undefined => {
    const entity = entities.get(entityId);
    if (!entity || entity.hidden) return undefined;
    let found = listed.get(entityId);
    if (!found) {
      found = { entity, mentions: 0, anchors: [] };
      listed.set(entityId, found);
    }
    return found;
  };
  for (const mention of document.mentions) {
    const found = entry(mention.entityId);
    if (found) found.mentions += 1;
  }
  for (const link of document.links) {
    const anchor = anchors.get(link.noteId);
    const found = link.kind === 'removed' || !anchor ? undefined : entry(link.entityId);
    if (found && anchor && !found.anchors.includes(anchor)) found.anchors.push(anchor);
  }
  const ordered = [...listed.values()].sort(
    (a, b) =>
      b.mentions - a.mentions ||
      compareText(a.entity.canonical, b.entity.canonical) ||
      compareText(a.entity.id, b.entity.id),
  );
  for (const entry of ordered) entry.anchors.sort(compareText);
  if (ordered.length === 0) {
    const message =
      document.extraction === null
        ? 'Not extracted yet: open the document in Gloss to find its entities.'
        : 'No entities found.';
    return {
      nodes: [{ type: 'paragraph', children: [{ type: 'text', value: message }] }],
      entities: [],
    };
  }
  return {
    nodes: [
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: ordered.map((e) => item(e, fileName)),
      },
    ],
    entities: ordered.map((e) => e.entity),
  };
};
