import { citekeySchema, referenceSchema } from '../citations/reference';
import { z } from 'zod';
import { anchorStatuses, highlightColors, tagsSchema, type Highlight } from '../annotations';
import { textQuoteSelectorSchema } from '../anchoring';
import { entityTypeSchema } from '../entities';
import { blockSchema, documentFormats, pageBreakSchema } from '../model';
import { byCreation, byNoteThenEntity } from './order';
import { exportedLinkKinds, type ExportedDocument, type ExportedLibrary } from './types';
import { libraryFormatVersion, urn } from './webAnnotation';

/*
 * Reads what webAnnotation.ts writes back into an ExportedLibrary, checking every field: a file
 * that does not fit is refused with the first problem and its place in the file.
 */

const idFrom = (prefix: string) =>
  z
    .string()
    .refine((value) => value.startsWith(prefix) && value.length > prefix.length, {
      message: `Expected an id starting with "${prefix}".`,
    })
    .transform((value) => value.slice(prefix.length))
    .pipe(z.string().max(64));

const ids = {
  document: idFrom(urn.document('')),
  highlight: idFrom(urn.highlight('')),
  note: idFrom(urn.note('')),
  entity: idFrom(urn.entity('')),
};
const offset = z.number().int().nonnegative();
const stamp = z.string().min(1).max(64);

const noteBodySchema = z.object({
  id: ids.note,
  type: z.literal('TextualBody'),
  purpose: z.literal('commenting'),
  value: z.string().max(1_000_000),
  created: stamp,
  modified: stamp,
  'gloss:tags': tagsSchema,
  'gloss:entities': z.array(z.object({ entity: ids.entity, kind: z.enum(exportedLinkKinds) })),
});
const taggingSchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.literal('tagging'),
  value: tagsSchema.element,
});
const bodySchema = z.discriminatedUnion('purpose', [noteBodySchema, taggingSchema]);

const highlightSchema = z.object({
  id: ids.highlight,
  type: z.literal('Annotation'),
  created: stamp,
  modified: stamp,
  body: z.array(bodySchema),
  target: z.object({
    source: ids.document,
    selector: z.tuple([
      z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
      textQuoteSelectorSchema,
    ]),
  }),
  'gloss:color': z.enum(highlightColors),
  'gloss:status': z.enum(anchorStatuses),
});
const documentNoteSchema = z.object({
  id: ids.note,
  type: z.literal('Annotation'),
  body: z.array(bodySchema),
  target: z.object({ source: ids.document }).strict(),
});

const documentSchema = z.object({
  id: ids.document,
  title: z.string().trim().min(1).max(500),
  'gloss:source': z.string().max(2000),
  'gloss:byline': z.string().nullable(),
  'gloss:siteName': z.string().nullable(),
  'gloss:published': z.string().nullable(),
  'gloss:citekey': citekeySchema.optional(),
  'gloss:reference': referenceSchema.optional(),
  'gloss:added': stamp,
  'gloss:blocks': z.array(blockSchema).min(1),
  // Added with PDF import; exports written before it have neither.
  'gloss:format': z.enum(documentFormats).optional(),
  'gloss:pages': z.array(pageBreakSchema).optional(),
  'gloss:extraction': z.object({ extractor: z.string(), extractedAt: stamp }).nullable(),
  'gloss:mentions': z.array(
    z.object({ entity: ids.entity, start: offset, end: offset, text: z.string().min(1) }),
  ),
});

const entitySchema = z.object({
  id: ids.entity,
  'gloss:entityType': entityTypeSchema,
  'gloss:canonical': z.string().min(1).max(1000),
  'gloss:aliases': z.array(z.string()),
  'gloss:value': z.string().nullable(),
  'gloss:hidden': z.boolean(),
  'gloss:aliasKeys': z.array(z.object({ type: entityTypeSchema, name: z.string().min(1) })),
  created: stamp,
  modified: stamp,
});

const collectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  generated: stamp,
  'gloss:formatVersion': z.literal(libraryFormatVersion, {
    error: 'This file was written by another version of Gloss, or is not a Gloss export.',
  }),
  'gloss:documents': z.array(documentSchema),
  'gloss:entities': z.array(entitySchema),
  first: z.object({ items: z.array(z.looseObject({})) }),
});

type Collection = z.infer<typeof collectionSchema>;
type NoteBody = z.infer<typeof noteBodySchema>;

const isNoteBody = (body: z.infer<typeof bodySchema>): body is NoteBody =>
  body.purpose === 'commenting';

const toDocuments = (collection: Collection): ExportedDocument[] => {
  const documents = new Map<string, ExportedDocument>();
  for (const doc of collection['gloss:documents']) {
    documents.set(doc.id, {
      info: {
        id: doc.id,
        title: doc.title,
        source: doc['gloss:source'],
        byline: doc['gloss:byline'],
        siteName: doc['gloss:siteName'],
        publishedAt: doc['gloss:published'],
        addedAt: doc['gloss:added'],
        blocks: doc['gloss:blocks'],
        pages: doc['gloss:pages'] ?? [],
        format: doc['gloss:format'],
      },
      highlights: [],
      notes: [],
      ...(doc['gloss:citekey'] && doc['gloss:reference']
        ? { citation: { citekey: doc['gloss:citekey'], reference: doc['gloss:reference'] } }
        : {}),
      extraction: doc['gloss:extraction'],
      mentions: doc['gloss:mentions'].map(({ entity, ...rest }) => ({ entityId: entity, ...rest })),
      links: [],
    });
  }
  collection.first.items.forEach((raw, index) => {
    // A highlight carries a colour; anything else is a note on the whole document.
    const at = ['first', 'items', index];
    const parse = <T>(schema: z.ZodType<T>): T => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new FileProblem(parsed.error, at);
      return parsed.data;
    };
    const highlightItem = 'gloss:color' in raw ? parse(highlightSchema) : null;
    const item = highlightItem ?? parse(documentNoteSchema);
    const documentId = item.target.source;
    const document = documents.get(documentId);
    if (!document) {
      throw new Error(
        `an annotation is on document "${documentId}", which the file does not hold.`,
      );
    }
    const highlight = highlightItem && toHighlight(documentId, highlightItem);
    const note = item.body.find(isNoteBody);
    if (note) {
      const { id, value: body, created: createdAt, modified: updatedAt } = note;
      const tags = note['gloss:tags'];
      const highlightId = highlight?.id ?? null;
      document.notes.push({ id, documentId, highlightId, body, tags, createdAt, updatedAt });
      for (const { entity, kind } of note['gloss:entities']) {
        document.links.push({ noteId: id, entityId: entity, kind });
      }
    }
    if (highlight) document.highlights.push(highlight);
  });
  for (const document of documents.values()) {
    document.notes.sort(byCreation);
    document.links.sort(byNoteThenEntity);
  }
  return [...documents.values()];
};

const toHighlight = (documentId: string, item: z.infer<typeof highlightSchema>): Highlight => {
  const [position, quote] = item.target.selector;
  const tags = item.body.flatMap((body) => (body.purpose === 'tagging' ? [body.value] : []));
  return {
    id: item.id,
    documentId,
    start: position.start,
    end: position.end,
    quote,
    color: item['gloss:color'],
    tags,
    status: item['gloss:status'],
    editedFrom: null,
    createdAt: item.created,
    updatedAt: item.modified,
  };
};

/** A ZodError with where in the file it happened. */
class FileProblem extends Error {
  constructor(error: z.ZodError, at: (string | number)[] = []) {
    const issue = error.issues[0];
    const path = [...at, ...(issue?.path ?? [])].map(String);
    const where = path.length ? ` (at ${path.join('.')})` : '';
    super(`${issue?.message ?? 'it does not have the expected structure.'}${where}`);
  }
}

/** The library a JSON export holds; throws an Error whose message says what is wrong. */
export const readWebAnnotation = (json: string): ExportedLibrary => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('it is not valid JSON.');
  }
  const parsed = collectionSchema.safeParse(data);
  if (!parsed.success) throw new FileProblem(parsed.error);
  const collection = parsed.data;
  return {
    exportedAt: collection.generated,
    documents: toDocuments(collection),
    entities: collection['gloss:entities'].map((entity) => ({
      id: entity.id,
      type: entity['gloss:entityType'],
      canonical: entity['gloss:canonical'],
      aliases: entity['gloss:aliases'],
      value: entity['gloss:value'],
      hidden: entity['gloss:hidden'],
      aliasKeys: entity['gloss:aliasKeys'],
      createdAt: entity.created,
      updatedAt: entity.modified,
    })),
  };
};
