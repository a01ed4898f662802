import type Database from 'better-sqlite3';
import { defaultCitationStyle } from '../../shared/citations/styles';
import { referenceSchema } from '../../shared/citations/reference';
import type { Store } from '../db/store';
import { cslFromReference } from './convert';
import { piecesStyle, type CitedItem, type FormattedReferences } from './formatted';

/*
 * citeproc takes about 3 ms a reference: formatting 10,000 of them when the user asks for an
 * export (the index's bibliography, the Anki deck's Citation column) took half a minute the
 * first time. A polished app has them ready: after an import the references not yet
 * formatted in the default style are formatted in the background, a few at a time between
 * requests, and kept (formatted.ts); an export then reads them. Another style, or a reference
 * edited since, is formatted when an export asks for it (a few, or once per style).
 */

/** References formatted between two yields to requests (about 3 ms each). */
const perBatch = 10;
/**
 * The fewest references left unformatted that a background pass is for. The first pass of a
 * process loads citeproc, a second or more of CPU on the thread that answers the window, so a
 * highlight saved then would wait for it: a library imported in bulk is worth that, the bundled
 * article or a file or two imported since is not (the export that needs them formats those few
 * in a fraction of a second, beside the citeproc load it pays anyway).
 */
const defaultAtLeast = 50;
/** How often the library is looked at for references not formatted yet. */
const defaultPollMs = 3_000;
/**
 * How long without a request counts as idle: the first formatting of a process loads
 * citeproc (a second or more of CPU), which should not land amid a user's clicks.
 */
const quietMs = 2_000;

type Handler = (input: never, call?: never) => unknown;

/** The handlers, each telling `activity` it was called (the warmer waits for a quiet spell). */
export const noteActivity = <H extends Record<string, Handler>>(
  handlers: H,
  activity: () => void,
): H =>
  Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      ((input, call) => {
        activity();
        return handler(input, call);
      }) satisfies Handler,
    ]),
  ) as H;

interface Unformatted {
  documentId: string;
  citekey: string;
  csl: string;
}

export interface WarmerOptions {
  style?: string;
  pollMs?: number;
  /** See defaultAtLeast. */
  atLeast?: number;
}

/** When a request last came (see noteActivity): formatting waits for a quiet spell. */
export const createActivity = (quietFor = quietMs) => {
  let last = 0;
  return {
    noted: (): void => {
      last = Date.now();
    },
    quiet: (): boolean => Date.now() - last >= quietFor,
  };
};
export type Activity = ReturnType<typeof createActivity>;

export const createReferenceWarmer = (
  db: Database.Database,
  store: Store,
  formatted: FormattedReferences,
  {
    style = defaultCitationStyle,
    pollMs = defaultPollMs,
    atLeast = defaultAtLeast,
  }: WarmerOptions = {},
  activity: Activity = createActivity(),
) => {
  // Documents outside the Trash whose reference lacks its plain entry or its bibliography piece.
  const unformatted = db.prepare<[string, string, number], Unformatted>(
    `SELECT r.document_id AS documentId, r.citekey, r.csl FROM document_references r
       JOIN documents d ON d.id = r.document_id
     WHERE d.deleted_at IS NULL AND (
       NOT EXISTS (SELECT 1 FROM formatted_references f
                   WHERE f.document_id = r.document_id AND f.style = ?)
       OR NOT EXISTS (SELECT 1 FROM formatted_references f
                      WHERE f.document_id = r.document_id AND f.style = ?))
     LIMIT ?`,
  );
  const nextBatch = (): CitedItem[] =>
    unformatted.all(style, piecesStyle(style), perBatch).map(({ documentId, citekey, csl }) => ({
      documentId,
      item: cslFromReference(referenceSchema.parse(JSON.parse(csl)), citekey),
    }));

  /** Formats one batch; false once there is nothing left (or nothing more it can do). */
  const formatBatch = (tried: Set<string>): boolean => {
    const batch = nextBatch().filter(({ documentId }) => !tried.has(documentId));
    if (batch.length === 0) return false;
    for (const { documentId } of batch) tried.add(documentId);
    formatted.entries(batch, style);
    formatted.pieces(batch, style);
    return true;
  };

  let timer: NodeJS.Timeout | undefined;
  let seenMark: string | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  /** The last pass found nothing left to format. */
  let finished = false;

  /** Formats every reference not formatted yet, yielding to requests between batches. */
  const warm = (): Promise<void> =>
    (running ??= (async () => {
      const tried = new Set<string>();
      finished = false;
      try {
        let more = true;
        while (!stopped && db.open && activity.quiet() && (more = formatBatch(tried))) {
          await new Promise((resolve) => setImmediate(resolve));
        }
        finished = !more;
      } catch (error) {
        // Not tried again until the library changes: the export that needs it will say why.
        finished = true;
        throw error;
      } finally {
        running = undefined;
      }
    })());

  /** What a quiet spell runs: a pass, when enough references wait for one (see atLeast). */
  const idlePass = async (): Promise<boolean> => {
    if (unformatted.all(style, piecesStyle(style), atLeast).length < atLeast) {
      finished = true;
      return false;
    }
    await warm();
    return true;
  };

  const poll = () => {
    timer = setTimeout(() => {
      const mark = store.changeMark();
      // Looked at again at the next quiet spell: a pass cut short by a request leaves work.
      const changed = mark !== seenMark || !finished;
      if (!activity.quiet()) return poll();
      seenMark = mark;
      // A failure (a style citeproc refuses, a full disk) is the export's to report.
      (changed ? idlePass().catch(() => undefined) : Promise.resolve()).finally(() => {
        if (!stopped) poll();
      });
    }, pollMs);
    // Never what keeps a process (the CLI, a test) alive.
    timer.unref();
  };

  return {
    warm,
    idlePass,
    /** Looks for unformatted references every few seconds, from now until stop(). */
    start: (): void => {
      stopped = false;
      if (!timer) poll();
    },
    stop: (): void => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
};

export type ReferenceWarmer = ReturnType<typeof createReferenceWarmer>;
