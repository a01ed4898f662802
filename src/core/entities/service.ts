import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DocumentEntities } from '../../shared/entities';
import { createEntitiesRepository } from './repository';
import { createMentionsRepository } from './mentionsRepository';
import { createNoteLinksRepository } from './noteLinksRepository';
import type { Store } from '../db/store';
import type { ExtractResult } from './types';
import { missingDocument } from '../errors';
import { createEntityCorrections } from './corrections';
import { storeExtraction } from './mapping';
import { documentEntities, entityCard } from './views';
import { createNoteLinksService } from './noteLinks';

export type Extract = (
  text: string,
  options: { documentDate?: string; onProgress: (fraction: number) => void },
) => Promise<ExtractResult>;

/*
 * The engine is imported when first needed: it is large (compromise, wink-nlp) and the app
 * should not pay for loading it before a document is opened. Importing worker.ts dynamically
 * also keeps it out of the entry files, as its worker needs (see its comments).
 */
const engineExtract: Extract = async (text, options) => {
  const { extractEntitiesInWorker } = await import('./worker');
  // Even a short text: loading the engine would hold up every other request for about a second.
  return extractEntitiesInWorker(text, { ...options, forceWorker: true });
};

/**
 * Names the extraction stored with each document. Change it when the engine changes enough
 * that stored mentions should be replaced: every document is then extracted again when opened.
 */
export const extractorVersion = 'gloss-entities-2';

/** Texts shorter than this are extracted before entities.list answers; worker.ts's threshold. */
const inlineBelow = 50_000;

export interface EntitiesServiceOptions {
  now?: () => Date;
  newId?: () => string;
  /** For tests: the extraction to run instead of the engine. */
  extract?: Extract;
  /** For tests: texts shorter than this are extracted before answering. */
  inlineBelow?: number;
}

interface Job {
  version: number;
  progress: number;
  /** Started by entities.refresh: stored mentions are replaced even if up to date. */
  forced: boolean;
  done: Promise<void>;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Entities of documents, extracted on demand and kept in the database; corrections; note links.
 * Extraction of long texts runs in a worker thread while requests go on: entities.list answers
 * 'extracting' with progress until it is stored.
 */
export const createEntitiesService = (
  db: Database.Database,
  store: Store,
  options: EntitiesServiceOptions = {},
) => {
  const now = options.now ?? (() => new Date());
  const extract = options.extract ?? engineExtract;
  const shortText = options.inlineBelow ?? inlineBelow;
  const context = {
    store,
    entities: createEntitiesRepository(db),
    mentions: createMentionsRepository(db),
    links: createNoteLinksRepository(db),
    newId: options.newId ?? randomUUID,
    stamp: () => now().toISOString(),
  };
  const jobs = new Map<string, Job>();
  /** Failed extractions of a version, kept until the app restarts or entities.refresh. */
  const failures = new Map<string, { version: number; message: string }>();
  let disposed = false;

  const start = (documentId: string, version: number, body: string, forced: boolean): Job => {
    const job: Job = { version, progress: 0, forced, done: Promise.resolve() };
    const documentDate = context.mentions.documentDate(documentId);
    job.done = (async () => {
      try {
        const result = await extract(body, {
          ...(documentDate === undefined ? {} : { documentDate }),
          onProgress: (fraction) => {
            job.progress = Math.min(1, Math.max(job.progress, fraction));
          },
        });
        if (disposed) return;
        store.write(() => {
          // The text changed (or the document went) while extracting: the result is of no use,
          // and the next entities.list starts again on the new text.
          if (store.versions.currentVersion(documentId) !== version) return;
          storeExtraction(context, { documentId, version, body }, result, extractorVersion);
        });
      } catch (error) {
        if (disposed) return;
        console.error(`gloss: extracting the entities of ${documentId} failed`, error);
        failures.set(documentId, { version, message: describe(error) });
      } finally {
        if (jobs.get(documentId) === job) jobs.delete(documentId);
      }
    })();
    jobs.set(documentId, job);
    return job;
  };

  /**
   * Where the document's entities stand, without reading them: `missing` when nothing is
   * stored or under way. Cheap, so a whole-library export can ask it of every document.
   */
  const stateOf = (
    documentId: string,
  ): {
    state: DocumentEntities['state'] | 'missing';
    version: number;
  } => {
    const version = store.versions.currentVersion(documentId);
    if (version === undefined) throw missingDocument(store, documentId);
    const job = jobs.get(documentId);
    const stored = context.mentions.extraction(documentId);
    const fresh = stored?.version === version && stored.extractor === extractorVersion;
    if (job?.version === version && (job.forced || !fresh)) return { state: 'extracting', version };
    if (fresh) return { state: 'ready', version };
    if (failures.get(documentId)?.version === version) return { state: 'failed', version };
    return { state: 'missing', version };
  };

  /** Where the document's entities stand, with them when they are ready. */
  const answer = (documentId: string): { result: DocumentEntities; missing: boolean } =>
    store.read(() => {
      const { state, version } = stateOf(documentId);
      const base = { documentId, version, entities: [], mentions: [], error: null };
      if (state === 'extracting') {
        const progress = jobs.get(documentId)?.progress ?? 0;
        return { result: { ...base, state, progress }, missing: false };
      }
      if (state === 'ready') {
        const found = documentEntities(context, documentId, version);
        return { result: { ...base, ...found, state, progress: 1 }, missing: false };
      }
      if (state === 'failed') {
        const message = failures.get(documentId)?.message ?? '';
        const error = `The entities of this document could not be extracted: ${message}`;
        return { result: { ...base, state, progress: 0, error }, missing: false };
      }
      return { result: { ...base, state: 'extracting', progress: 0 }, missing: true };
    });

  const startAndAnswer = async (documentId: string, forced: boolean): Promise<DocumentEntities> => {
    const document = store.versions.findCurrent(documentId);
    if (!document) throw missingDocument(store, documentId);
    const job = start(documentId, document.version, document.body, forced);
    if (document.body.length < shortText) await job.done;
    return answer(documentId).result;
  };

  const corrections = createEntityCorrections(context);
  const noteLinks = createNoteLinksService(context);

  return {
    /** The document's entities; starts extracting its current text when they are missing. */
    list: async (documentId: string): Promise<DocumentEntities> => {
      const { result, missing } = answer(documentId);
      return missing ? startAndAnswer(documentId, false) : result;
    },

    /**
     * Makes sure the document's current text has been extracted, waiting for it (an export
     * lists every document's entities, opened or not). A failed extraction is left as failed.
     */
    extracted: async (documentId: string): Promise<void> => {
      // Only the state: reading the entities' library-wide counts for every document made a
      // whole-library export grow with the square of the library.
      const { state } = store.read(() => stateOf(documentId));
      if (state === 'missing') await startAndAnswer(documentId, false);
      else if (state !== 'extracting') return;
      await jobs.get(documentId)?.done;
    },

    /** Extracts the document again (say after a failure), unless that is already under way. */
    refresh: async (documentId: string): Promise<DocumentEntities> => {
      const { result } = answer(documentId);
      if (jobs.get(documentId)?.version === result.version) return result;
      failures.delete(documentId);
      return startAndAnswer(documentId, true);
    },

    get: (entityId: string) => store.read(() => entityCard(context, entityId)),
    corrections,
    noteLinks,

    /** Waits for every extraction under way (tests, shutdown). */
    settle: async (): Promise<void> => {
      await Promise.all([...jobs.values()].map((job) => job.done));
    },

    /** Drops the results of extractions still running: the database is about to close. */
    dispose: (): void => {
      disposed = true;
    },
  };
};

export type EntitiesService = ReturnType<typeof createEntitiesService>;
