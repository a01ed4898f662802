import type { Highlight, ReplaceTextReport } from '../../shared/annotations';
import type { Block, PageBreak } from '../../shared/model';
import { canonicalText } from '../../shared/text';
import type { Store } from '../db/store';
import { missingDocument } from '../errors';
import { followHighlights, type Landing } from './followHighlights';
import { GlossError } from '../../shared/result';

const sameAnchoring = (a: Highlight, b: Highlight): boolean =>
  a.start === b.start &&
  a.end === b.end &&
  a.status === b.status &&
  a.editedFrom === b.editedFrom &&
  a.quote.exact === b.quote.exact &&
  a.quote.prefix === b.quote.prefix &&
  a.quote.suffix === b.quote.suffix;

export const reportOf = (landings: readonly Landing[]): ReplaceTextReport => {
  const report: ReplaceTextReport = {
    anchored: 0,
    moved: 0,
    orphaned: 0,
    kept: 0,
    followed: 0,
    edited: 0,
  };
  for (const { verdict, after } of landings) {
    if (verdict !== 'orphaned') report[verdict] += 1;
    report[after.status] += 1;
  }
  return report;
};

/** The text a plan was made against, so the write can tell whether it still holds. */
export interface UpdatePlan {
  documentId: string;
  fromVersion: number;
  /** The store's change mark when the plan was made (see Store.changeMark). */
  changeMark: string;
  blocks: Block[];
  pages: readonly PageBreak[];
  body: string;
  /** The text the plan was made against (the current version's). */
  replacedBody: string;
  landings: Landing[];
}

export const nothingToUndo = (title: string): GlossError =>
  new GlossError(
    'invalid_input',
    `"${title}" has no text update to undo: only the latest update can be undone, once.`,
  );

/**
 * New versions of a document's text, with its highlights following their words, and undo of the
 * latest update. Planning (the diff and the search) reads only; storing is one transaction.
 */
export const createTextUpdates = (store: Store, now: () => Date) => {
  /** Where every highlight of the document would land on `blocks` (reads only). */
  const plan = (
    documentId: string,
    blocks: Block[],
    pages: readonly PageBreak[] = [],
  ): UpdatePlan =>
    store.read(() => {
      const current = store.versions.findCurrent(documentId);
      if (!current) throw missingDocument(store, documentId);
      const body = canonicalText(blocks);
      const highlights = store.highlights.listByDocument(documentId);
      return {
        documentId,
        fromVersion: current.version,
        changeMark: store.changeMark(),
        blocks,
        pages,
        body,
        replacedBody: current.body,
        landings: followHighlights(current.body, body, highlights),
      };
    });

  /**
   * Stores the planned version, makes it current and moves every highlight, in one transaction,
   * keeping the highlights as they were so the update can be undone. A plan made against a text
   * that changed meanwhile (another window, the CLI) is made again under the write lock.
   */
  const isStale = (planned: UpdatePlan, currentVersion: number): boolean => {
    if (currentVersion !== planned.fromVersion) return true;
    // Nothing committed since the plan: it holds, and the highlights need not be read again.
    if (store.changeMark() === planned.changeMark) return false;
    const highlights = store.highlights.listByDocument(planned.documentId);
    return (
      highlights.length !== planned.landings.length ||
      highlights.some((highlight, index) => {
        const seen = planned.landings[index]?.before;
        return !seen || seen.id !== highlight.id || !sameAnchoring(seen, highlight);
      })
    );
  };

  const apply = (planned: UpdatePlan): ReplaceTextReport =>
    store.write(() => {
      const { documentId, blocks, pages, body } = planned;
      const currentVersion = store.versions.currentVersion(documentId);
      if (currentVersion === undefined) throw missingDocument(store, documentId);
      const { landings, replacedBody } = isStale(planned, currentVersion)
        ? plan(documentId, blocks, pages)
        : planned;
      const createdAt = now().toISOString();
      const version = { documentId, version: store.versions.latestVersion(documentId) + 1 };
      store.versions.insert({ ...version, blocks, body, createdAt, pages });
      store.versions.makeCurrent({ ...version, blocks, body, createdAt });
      store.versionUpdates.insert(
        {
          ...version,
          replacedVersion: currentVersion,
          highlights: landings.map((landing) => landing.before),
        },
        replacedBody,
      );
      // Most highlights only shift: moving them leaves the quotes' search index alone, whose
      // trigger would otherwise look through every indexed quote once per highlight.
      const changed = landings.filter(({ before, after }) => !sameAnchoring(before, after));
      const isShift = ({ before, after }: Landing) => after.quote.exact === before.quote.exact;
      const stamped = ({ after }: Landing) => ({ ...after, updatedAt: createdAt });
      store.highlights.moveMany(changed.filter(isShift).map(stamped));
      store.highlights.requoteMany(changed.filter((landing) => !isShift(landing)).map(stamped));
      return reportOf(landings);
    });

  /**
   * Undoes the latest update of the document: the text it replaced is current again and every
   * highlight is put back exactly as it was. A highlight made since is carried back through the
   * edit; one deleted since stays deleted.
   */
  const undo = (documentId: string): void =>
    store.write(() => {
      const current = store.versions.findCurrent(documentId);
      if (!current) throw missingDocument(store, documentId);
      const replacedVersion = store.versionUpdates.replacedVersion(documentId, current.version);
      if (replacedVersion === undefined) throw nothingToUndo(current.title);
      const replaced = store.versions.findVersion(documentId, replacedVersion);
      if (!replaced) throw nothingToUndo(current.title);
      const update = store.versionUpdates.find(documentId, current.version, replaced.body);
      if (!update) throw nothingToUndo(current.title);
      const before = new Map(update.highlights.map((highlight) => [highlight.id, highlight]));
      const present = store.highlights.listByDocument(documentId);
      const madeSince = present.filter((highlight) => !before.has(highlight.id));
      // The diff of two whole versions is the slow part: made only for highlights that need it.
      const carriedBack =
        madeSince.length > 0 ? followHighlights(current.body, replaced.body, madeSince) : [];
      store.versions.makeCurrent({ documentId, ...replaced });
      const restored = present.flatMap((highlight) => {
        const place = before.get(highlight.id);
        // Where it sat goes back; a colour or tags given since the update stay (the kill soak
        // found a recolour made after an update undone with it).
        return place ? [{ present: highlight, kept: { ...highlight, ...place } }] : [];
      });
      // The search index follows only a changed quote (see apply).
      const sameQuote = restored.filter(
        ({ present, kept }) => kept.quote.exact === present.quote.exact,
      );
      store.highlights.moveMany(sameQuote.map(({ kept }) => kept));
      store.highlights.requoteMany(
        restored
          .filter(({ present, kept }) => kept.quote.exact !== present.quote.exact)
          .map(({ kept }) => kept),
      );
      for (const { after } of carriedBack) store.highlights.update(after);
      store.versionUpdates.remove(documentId, current.version);
    });

  return { plan, apply, undo };
};

export type TextUpdates = ReturnType<typeof createTextUpdates>;
