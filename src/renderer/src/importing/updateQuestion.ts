import type { DocumentSummary } from '../../../shared/model';
import type { UpdateTarget } from '../../../shared/textUpdates';

/** What the reader chose for a file that matches a document of the library. */
export type UpdateChoice = 'update' | 'new';

/** Asked before importing a file whose source matches a document already in the library. */
export interface UpdateQuestion {
  fileName: string;
  match: DocumentSummary;
  reason: NonNullable<UpdateTarget['reason']>;
  /** Files of the batch still waiting after this one (the answer may stand for them). */
  remaining: number;
}

/** The answer; `forRest` makes it stand for the other matching files of the batch. */
export interface UpdateAnswer {
  choice: UpdateChoice | 'cancel';
  forRest: boolean;
}

/**
 * Thrown by an import the reader cancelled at the question: the queue leaves this file and the
 * ones still waiting out, as its Cancel button does.
 */
export class ImportCancelled extends Error {
  constructor(fileName: string) {
    super(`The import of ${fileName} was cancelled.`);
    this.name = 'ImportCancelled';
  }
}

const reasonTexts: Record<UpdateQuestion['reason'], string> = {
  'file name': 'it has the same file name',
  'canonical URL': 'it is the same web page (its canonical address)',
  'title and author': 'it has the same title and author',
};

/** Why the file was taken for a new version of the document, in words. */
export const reasonText = (reason: UpdateQuestion['reason']): string => reasonTexts[reason];

export const highlightsFollow = (count: number): string =>
  count === 1 ? 'its highlight follows' : `its ${count} highlights follow`;

/**
 * Turns the question into an answer, asking the reader only when no earlier answer stands for
 * the rest of the batch. `standing` holds that answer between files of one batch.
 */
export const createUpdateDecider = (ask: (question: UpdateQuestion) => Promise<UpdateAnswer>) => {
  let standing: UpdateChoice | null = null;
  return {
    decide: async (question: UpdateQuestion): Promise<UpdateChoice> => {
      if (standing) return standing;
      const { choice, forRest } = await ask(question);
      if (choice === 'cancel') throw new ImportCancelled(question.fileName);
      if (forRest) standing = choice;
      return choice;
    },
    /** A new batch asks again. */
    reset: (): void => {
      standing = null;
    },
  };
};
