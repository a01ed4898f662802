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

/** `value` as JSON indented by two spaces, as it prints `depth` levels down. */
const nested = (value: unknown, depth: number): string =>
  // A JSON string holds no raw line break, so every one is between values.
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** An object's members as JSON.stringify(value, null, 2) prints them, without the closing `}`. */
const openObject = (value: object, depth: number): string => nested(value, depth).slice(0, -1);

/** A JSON array, one element at a time, printed as JSON.stringify(…, null, 2) would at `depth`. */
function* arrayChunks<T>(
  items: Iterable<T>,
  toJson: (item: T) => unknown,
  depth: number,
): Generator<string> {
  const pad = '  '.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}\n${pad}${nested(toJson(item), depth + 1)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}

/** Each document's annotations in turn, never all of them at once. */
function* annotationsOf(documents: readonly ExportedDocument[]) {
  for (const document of documents) yield* documentAnnotations(document);
}

/**
 * The library as one JSON-LD document, pretty-printed and ending in a newline, in pieces of
 * about one document or annotation each: a library of 10,000 documents is written to its file
 * as it is printed, never held as one string (issue 21). Joined, the pieces are exactly
 * `JSON.stringify(collection, null, 2)`.
 */
export function* libraryWebAnnotationChunks(library: ExportedLibrary): Generator<string> {
  const total = library.documents.reduce(
    (sum, { highlights, notes }) =>
      sum + highlights.length + notes.filter((note) => note.highlightId === null).length,
    0,
  );
  const head = {
    '@context': webAnnotationContext,
    id: 'urn:gloss:library',
    type: 'AnnotationCollection',
    label: 'Gloss library',
    generator: { id: 'urn:gloss:app', type: 'Software', name: 'Gloss' },
    generated: library.exportedAt,
    total,
    'gloss:formatVersion': libraryFormatVersion,
  };
  // Members in the order the whole object always had: documents, entities, then the page.
  yield `${openObject(head, 0).trimEnd()},\n  "gloss:documents": `;
  yield* arrayChunks(library.documents, documentResource, 1);
  yield ',\n  "gloss:entities": ';
  yield* arrayChunks(library.entities, entityResource, 1);
  const page = { type: 'AnnotationPage', startIndex: 0 };
  yield `,\n  "first": ${openObject(page, 1).trimEnd()},\n    "items": `;
  yield* arrayChunks(annotationsOf(library.documents), (item) => item, 2);
  yield '\n  }\n}\n';
}

/** The library as one JSON-LD document, pretty-printed, ending in a newline. */
export const libraryWebAnnotation = (library: ExportedLibrary): string =>
  [...libraryWebAnnotationChunks(library)].join('');
