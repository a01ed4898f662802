import type { FeatureHandlers, Handlers } from './index';
import type { annotationsMethods } from './annotations';
import type { citationMethods } from './citations';
import type { clippingsMethods } from './clippings';
import type { documentsMethods } from './documents';
import type { entitiesMethods } from './entities';
import type { exportMethods } from './export';
import type { importMethods } from './import';
import type { libraryMethods } from './library';
import type { notesMethods } from './notes';
import type { preferencesMethods } from './preferences';
import type { reviewMethods } from './review';
import type { searchMethods } from './search';

// A core answering every contract method with fixed, valid values, for the transport tests and
// the renderer's command tests (it needs nothing but the contract, so every layer may use it).

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

const library: FeatureHandlers<typeof libraryMethods> = {
  'library.list': () => [summary],
  'library.lastOpened': () => ({ id: summary.id }),
  'trash.list': () => [{ ...summary, deletedAt: '2025-03-02T10:00:00.000Z' }],
  'trash.restore': () => summary,
  'trash.empty': () => ({ removed: 1 }),
};

const emptyReport = { anchored: 0, moved: 0, orphaned: 0, kept: 0, followed: 0, edited: 0 };

const documents: FeatureHandlers<typeof documentsMethods> = {
  'documents.get': () => ({
    ...summary,
    byline: null,
    siteName: null,
    publishedAt: null,
    blocks: [],
  }),
  'documents.rename': ({ title }) => ({ ...summary, title }),
  'documents.markOpened': () => summary,
  'documents.delete': ({ id }) => ({ id }),
  'documents.replaceText': () => ({ document: summary, report: emptyReport }),
  'documents.undoReplaceText': () => summary,
};

const importing: FeatureHandlers<typeof importMethods> = {
  'documents.importText': () => summary,
  'documents.importFile': () => summary,
  'documents.reimportFile': () => ({ document: summary, report: emptyReport }),
  'documents.updateFromFile': () => ({
    document: summary,
    report: emptyReport,
    changes: [],
    dryRun: false,
  }),
  'documents.findUpdateTarget': () => ({ match: null, reason: null }),
};

const clippings: FeatureHandlers<typeof clippingsMethods> = {
  'clippings.import': ({ name }) => ({
    fileName: name,
    format: 'kindle',
    books: [
      {
        documentId: summary.id,
        title: summary.title,
        author: null,
        created: true,
        highlightsAdded: 1,
        notesAdded: 1,
        skipped: 0,
      },
    ],
    highlightsAdded: 1,
    notesAdded: 1,
    skipped: 0,
    bookmarks: 0,
    merged: 0,
  }),
};

const search: FeatureHandlers<typeof searchMethods> = {
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
};

const exportJob = {
  jobId: 'job-1',
  state: 'running' as const,
  stage: 'reading' as const,
  done: 0,
  total: 1,
  current: 'Title',
  report: null,
  error: null,
  errorCode: null,
};

const exporting: FeatureHandlers<typeof exportMethods> = {
  'export.write': ({ format, path }) => ({
    format,
    path,
    written: [path],
    removed: [],
    documentCount: 1,
  }),
  'export.start': () => exportJob,
  'export.status': () => exportJob,
  'export.cancel': () => ({ ...exportJob, state: 'cancelled' }),
  'library.importJson': () => ({ documents: 1, highlights: 1, notes: 1, skipped: 0 }),
};

const preferences: FeatureHandlers<typeof preferencesMethods> = {
  'preferences.get': () => ({ librarySort: 'added' }),
  'preferences.update': (input) => ({ librarySort: 'added', ...input }),
};

const annotations: FeatureHandlers<typeof annotationsMethods> = {
  'annotations.list': () => ({ highlights: [highlight], notes: [note] }),
  'highlights.create': () => highlight,
  'highlights.update': () => highlight,
  'highlights.delete': () => ({ highlight, note }),
  'highlights.restore': () => highlight,
  'highlights.keepEdit': () => highlight,
  'highlights.reattach': () => highlight,
};

const notes: FeatureHandlers<typeof notesMethods> = {
  'notes.save': () => note,
  'notes.delete': () => note,
  'notes.restore': () => note,
};

const entities: FeatureHandlers<typeof entitiesMethods> = {
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
};

const documentReference = {
  documentId: 'doc-1',
  citekey: 'lovelace1843notes',
  reference: {
    type: 'article-journal' as const,
    title: 'Notes',
    author: [{ family: 'Lovelace', given: 'Ada' }],
  },
  updatedAt: '2025-03-01T10:00:00.000Z',
};

const citations: FeatureHandlers<typeof citationMethods> = {
  'references.get': () => documentReference,
  'references.update': () => documentReference,
  'references.import': () => documentReference,
  'references.format': () => ({ text: '@article{lovelace1843notes}\n' }),
};

const fsrsCard = {
  state: 'review' as const,
  due: '2025-03-04T10:00:00.000Z',
  stability: 2.3065,
  difficulty: 2.118,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  lastReview: '2025-03-01T10:00:00.000Z',
};

const reviewCard = {
  highlightId: 'h1',
  documentId: 'doc-1',
  documentTitle: 'Title',
  quote: 'Title',
  note: 'A note.',
  pages: null,
  context: { before: '', after: '' },
  status: 'anchored' as const,
  color: 'yellow' as const,
  tags: [],
  state: 'new' as const,
  due: null,
};

const excluded = {
  highlightId: 'h1',
  documentId: 'doc-1',
  documentTitle: 'Title',
  quote: 'Title',
  excludedAt: '2025-03-01T10:00:00.000Z',
};

const reviewSettings = { newPerDay: 10, tags: [], documentIds: [], colors: [], hideNotes: false };

const review: FeatureHandlers<typeof reviewMethods> = {
  'review.queue': () => ({ cards: [reviewCard], due: 0, new: 1 }),
  'review.dueCount': () => ({ total: 1, due: 0, new: 1 }),
  'review.rate': ({ highlightId }) => ({ highlightId, card: fsrsCard }),
  'review.settings': () => reviewSettings,
  'review.updateSettings': (input) => ({ ...reviewSettings, ...input }),
  'review.exclude': () => excluded,
  'review.include': ({ highlightId }) => ({ highlightId }),
  'review.status': ({ highlightId }) => ({ highlightId, excluded: false, state: 'new', due: null }),
  'review.excluded': () => [excluded],
  'review.log': () => [
    {
      highlightId: 'h1',
      documentId: 'doc-1',
      documentTitle: 'Title',
      rating: 'good' as const,
      reviewedAt: '2025-03-01T10:00:00.000Z',
      before: { ...fsrsCard, state: 'new' as const, reps: 0, lastReview: null },
      after: fsrsCard,
    },
  ],
};

/** Every method, one feature at a time (as src/core/index.ts composes them); `overrides` win. */
export const makeHandlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  ...library,
  ...documents,
  ...importing,
  ...clippings,
  ...search,
  ...exporting,
  ...preferences,
  ...annotations,
  ...notes,
  ...entities,
  ...citations,
  ...review,
  ...overrides,
});
