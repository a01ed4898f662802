import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { DocumentSummary, GlossDocument } from '../../shared/model';
import { GlossError } from '../../shared/result';
import { canonicalText } from '../../shared/text';
import type { DocumentsRepository } from '../db/documentsRepository';
import { parsePlainText } from '../import/plainText';

export const pastedTextSource = 'Pasted text';

export interface DocumentsServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

const notFound = (id: string): GlossError =>
  new GlossError(
    'not_found',
    `There is no document with id "${id}" in the library; it may have been deleted.`,
  );

/** The documents part of the contract: library list, open, import, mark opened, delete. */
export const createDocumentsService = (
  repository: DocumentsRepository,
  { now = () => new Date(), newId = randomUUID }: DocumentsServiceOptions = {},
) => {
  const summaryOf = (id: string): DocumentSummary => {
    const summary = repository.findSummary(id);
    if (!summary) throw notFound(id);
    return summary;
  };

  return {
    list: (): DocumentSummary[] => repository.list(),

    get: (id: string): GlossDocument => {
      const document = repository.find(id);
      if (!document) throw notFound(id);
      return document;
    },

    importText: (input: ParsedInput<'documents.importText'>): DocumentSummary => {
      const parsed = parsePlainText(input.text, { title: input.title });
      const body = canonicalText(parsed.blocks);
      const id = newId();
      repository.insert({
        id,
        title: parsed.title,
        source: input.source?.trim() || pastedTextSource,
        byline: null,
        siteName: null,
        publishedAt: null,
        addedAt: now().toISOString(),
        blocks: parsed.blocks,
        body,
        charCount: body.length,
      });
      return summaryOf(id);
    },

    markOpened: (id: string): DocumentSummary => {
      if (!repository.setOpenedAt(id, now().toISOString())) throw notFound(id);
      return summaryOf(id);
    },

    delete: (id: string): { id: string } => {
      if (!repository.remove(id)) throw notFound(id);
      return { id };
    },
  };
};

export type DocumentsService = ReturnType<typeof createDocumentsService>;
