import type { Handlers } from '../../shared/contract';

// A core answering every contract method with fixed, valid values, for the transport tests.

export const summary = {
  id: 'doc-1',
  title: 'Title',
  source: 'Pasted text',
  addedAt: '2025-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 5,
  highlightCount: 1,
  noteCount: 1,
  entityCount: 1,
};

const highlight = {
  id: 'h1',
  documentId: 'doc-1',
  start: 0,
  end: 5,
  quote: { type: 'TextQuoteSelector' as const, exact: 'Title', prefix: '', suffix: '' },
  color: 'yellow' as const,
  tags: [],
  status: 'anchored' as const,
  editedFrom: null,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

const note = {
  id: 'n1',
  documentId: 'doc-1',
  highlightId: 'h1',
  body: 'A note.',
  tags: [],
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

const entity = {
  id: 'e1',
  type: 'person' as const,
  canonical: 'Ada Lovelace',
  aliases: ['Lovelace'],
  value: null,
  hidden: false,
};

const docEntity = { ...entity, mentionCount: 1, documentCount: 1, noteCount: 0 };

const entityList = {
  documentId: 'doc-1',
  version: 1,
  state: 'ready' as const,
  progress: 1,
  error: null,
  entities: [docEntity],
  mentions: [{ id: 1, entityId: 'e1', start: 0, end: 5, text: 'Title' }],
};

export const makeHandlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  'library.list': () => [summary],
  'documents.get': () => ({
    ...summary,
    byline: null,
    siteName: null,
    publishedAt: null,
    blocks: [],
  }),
  'documents.importText': () => summary,
  'documents.importFile': () => summary,
  'documents.rename': ({ title }) => ({ ...summary, title }),
  'preferences.get': () => ({ librarySort: 'added' }),
  'preferences.update': (input) => ({ librarySort: 'added', ...input }),
  'trash.list': () => [{ ...summary, deletedAt: '2025-03-02T10:00:00.000Z' }],
  'trash.restore': () => summary,
  'trash.empty': () => ({ removed: 1 }),
  'search.query': ({ query }) => ({
    query,
    groups: [
      {
        documentId: 'doc-1',
        title: 'Title',
        total: 1,
        hits: [
          {
            kind: 'text' as const,
            snippet: { text: 'Title', marks: [[0, 5]] },
            start: 0,
            end: 5,
            highlightId: null,
            noteId: null,
          },
        ],
      },
    ],
  }),
  'export.write': ({ format, path }) => ({
    format,
    path,
    written: [path],
    removed: [],
    documentCount: 1,
  }),
  'library.importJson': () => ({ documents: 1, highlights: 1, notes: 1, skipped: 0 }),
  'documents.markOpened': () => summary,
  'documents.delete': ({ id }) => ({ id }),
  'documents.replaceText': () => ({
    document: summary,
    report: { anchored: 0, moved: 0, orphaned: 0, kept: 0, followed: 0, edited: 0 },
  }),
  'documents.undoReplaceText': () => summary,
  'documents.updateFromFile': () => ({
    document: summary,
    report: { anchored: 0, moved: 0, orphaned: 0, kept: 0, followed: 0, edited: 0 },
    changes: [],
    dryRun: false,
  }),
  'documents.findUpdateTarget': () => ({ match: null, reason: null }),
  'highlights.keepEdit': () => highlight,
  'annotations.list': () => ({ highlights: [highlight], notes: [note] }),
  'highlights.create': () => highlight,
  'highlights.update': () => highlight,
  'highlights.delete': () => ({ highlight, note }),
  'highlights.restore': () => highlight,
  'highlights.reattach': () => highlight,
  'notes.save': () => note,
  'notes.delete': () => note,
  'notes.restore': () => note,
  'entities.list': () => entityList,
  'entities.refresh': () => entityList,
  'entities.get': () => ({ entity: docEntity, mentions: [], notes: [] }),
  'entities.rename': () => entity,
  'entities.retype': () => entity,
  'entities.merge': () => entity,
  'entities.split': () => entity,
  'entities.hide': () => entity,
  'entities.addFromSelection': () => entity,
  'noteLinks.list': () => [],
  'noteLinks.add': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
  'noteLinks.remove': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
  ...overrides,
});
