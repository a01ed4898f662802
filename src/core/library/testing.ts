import type Database from 'better-sqlite3';
import { GlossError } from '../../shared/result';
import { openDatabase } from '../db/connection';
import { createStore, type Store } from '../db/store';
import { createAnnotationsService } from '../annotations/service';
import { createDocumentsService } from '../documents/service';
import { createNotesService } from '../notes/service';
import { createTrashService } from './trash';
import { makeTempDir, removeTempDir } from '../testing';

/** A library on a temp dir with every service, a clock that ticks 1 s a call, numbered ids. */
export interface TestLibrary {
  dir: string;
  db: Database.Database;
  store: Store;
  documents: ReturnType<typeof createDocumentsService>;
  annotations: ReturnType<typeof createAnnotationsService>;
  notes: ReturnType<typeof createNotesService>;
  trash: ReturnType<typeof createTrashService>;
  /** Every row of every table a user's work lives in, to show that a refusal changed nothing. */
  dump: () => Record<string, unknown[]>;
  close: () => void;
}

const tables = ['documents', 'document_versions', 'highlights', 'notes'];

export const openTestLibrary = async (): Promise<TestLibrary> => {
  const dir = makeTempDir();
  const db = await openDatabase(dir);
  const store = createStore(db);
  let clock = Date.parse('2025-03-01T10:00:00.000Z');
  const now = () => new Date((clock += 1000));
  const counters = new Map<string, number>();
  const idFor = (kind: string) => () => {
    const next = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, next);
    return `${kind}-${next}`;
  };
  return {
    dir,
    db,
    store,
    documents: createDocumentsService(store, { now, newId: idFor('doc') }),
    annotations: createAnnotationsService(store, { now, newId: idFor('h') }),
    notes: createNotesService(store, { now, newId: idFor('n') }),
    trash: createTrashService(store),
    dump: () =>
      Object.fromEntries(
        tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
      ),
    close: () => {
      db.close();
      removeTempDir(dir);
    },
  };
};

/** Highlights the first copy of `words` in `text`, the document's current text, in blue. */
export const highlightWords = (
  library: TestLibrary,
  documentId: string,
  text: string,
  words: string,
) => {
  const start = text.indexOf(words);
  return library.annotations.create({
    documentId,
    start,
    end: start + words.length,
    color: 'blue',
  });
};

/** The GlossError `run` throws; fails the test if it throws nothing or something else. */
export const thrown = (run: () => unknown): GlossError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};

/** The GlossError a promise rejects with; fails the test when it resolves or fails otherwise. */
export const rejected = async (promise: Promise<unknown>): Promise<GlossError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};
