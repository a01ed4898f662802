import type { Highlight, Note } from '../annotations';
import { highlightPageSpan } from './pages';
import type {
  ExportedDocument,
  ExportedDocumentInfo,
  ExportedEntity,
  ExportedLibrary,
  ExportedLink,
} from './types';

/*
 * The library as W3C Web Annotation data (https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection whose single page holds every highlight (motivation highlighting, or
 * commenting when it has a note) and document note, with TextPositionSelector and
 * TextQuoteSelector targets on urn:gloss:document:<id>. What the model has no term for (colour,
 * anchoring status, the documents' text, entities and note links) is under the `gloss:` prefix,
 * a second @context namespace, so that any Web Annotation reader can ignore it.
 */

export const glossNamespace = 'urn:gloss:terms:';
export const webAnnotationContext = [
  'http://www.w3.org/ns/anno.jsonld',
  { gloss: glossNamespace },
] as const;
export const libraryFormatVersion = 1;

export const urn = {
  document: (id: string) => `urn:gloss:document:${id}`,
  highlight: (id: string) => `urn:gloss:highlight:${id}`,
  note: (id: string) => `urn:gloss:note:${id}`,
  entity: (id: string) => `urn:gloss:entity:${id}`,
};

const tagging = (tags: readonly string[]) =>
  tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));

const noteBody = (note: Note, links: readonly ExportedLink[]) => ({
  id: urn.note(note.id),
  type: 'TextualBody',
  purpose: 'commenting',
  format: 'text/markdown',
  value: note.body,
  created: note.createdAt,
  modified: note.updatedAt,
  'gloss:tags': note.tags,
  'gloss:entities': links
    .filter((link) => link.noteId === note.id)
    .map((link) => ({ entity: urn.entity(link.entityId), kind: link.kind })),
});

const highlightAnnotation = (
  info: ExportedDocumentInfo,
  highlight: Highlight,
  note: Note | undefined,
  links: readonly ExportedLink[],
) => ({
  id: urn.highlight(highlight.id),
  type: 'Annotation',
  motivation: note ? 'commenting' : 'highlighting',
  created: highlight.createdAt,
  modified: highlight.updatedAt,
  body: [...(note ? [noteBody(note, links)] : []), ...tagging(highlight.tags)],
  target: {
    source: urn.document(info.id),
    selector: [
      { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
      { ...highlight.quote },
    ],
  },
  'gloss:color': highlight.color,
  'gloss:status': highlight.status,
  // The pages the quote is on (first and last label), null for text without pages.
  'gloss:pages': highlightPageSpan(info, highlight),
});

/** A document note annotates the whole document; its tags are also tagging bodies. */
const documentNoteAnnotation = (
  documentId: string,
  note: Note,
  links: readonly ExportedLink[],
) => ({
  id: urn.note(note.id),
  type: 'Annotation',
  motivation: 'commenting',
  created: note.createdAt,
  modified: note.updatedAt,
  body: [noteBody(note, links), ...tagging(note.tags)],
  target: { source: urn.document(documentId) },
});

const documentAnnotations = ({ info, highlights, notes, links }: ExportedDocument) => {
  const noteOf = new Map(notes.flatMap((n) => (n.highlightId ? [[n.highlightId, n]] : [])));
  return [
    ...highlights.map((h) => highlightAnnotation(info, h, noteOf.get(h.id), links)),
    ...notes
      .filter((note) => note.highlightId === null)
      .map((note) => documentNoteAnnotation(info.id, note, links)),
  ];
};

const documentResource = ({ info, extraction, mentions, citation }: ExportedDocument) => ({
  id: urn.document(info.id),
  type: 'Text',
  title: info.title,
  'gloss:source': info.source,
  'gloss:byline': info.byline,
  'gloss:siteName': info.siteName,
  'gloss:published': info.publishedAt,
  ...(citation ? { 'gloss:citekey': citation.citekey, 'gloss:reference': citation.reference } : {}),
  'gloss:added': info.addedAt,
  'gloss:blocks': info.blocks,
  'gloss:format': info.format ?? 'text',
  'gloss:pages': info.pages ?? [],
  'gloss:extraction': extraction,
  'gloss:mentions': mentions.map(({ entityId, start, end, text }) => ({
    entity: urn.entity(entityId),
    start,
    end,
    text,
  })),
});

const entityResource = (entity: ExportedEntity) => ({
  id: urn.entity(entity.id),
  type: 'gloss:Entity',
  'gloss:entityType': entity.type,
  'gloss:canonical': entity.canonical,
  'gloss:aliases': entity.aliases,
  'gloss:value': entity.value,
  'gloss:hidden': entity.hidden,
  'gloss:aliasKeys': entity.aliasKeys,
  created: entity.createdAt,
  modified: entity.updatedAt,
});

/** The library as one JSON-LD document, pretty-printed, ending in a newline. */
export const libraryWebAnnotation = (library: ExportedLibrary): string => {
  const items = library.documents.flatMap(documentAnnotations);
  const collection = {
    '@context': webAnnotationContext,
    id: 'urn:gloss:library',
    type: 'AnnotationCollection',
    label: 'Gloss library',
    generator: { id: 'urn:gloss:app', type: 'Software', name: 'Gloss' },
    generated: library.exportedAt,
    total: items.length,
    'gloss:formatVersion': libraryFormatVersion,
    'gloss:documents': library.documents.map(documentResource),
    'gloss:entities': library.entities.map(entityResource),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
};
