import type { Core } from '../core';
import type { GlossDocument } from '../shared/model';
import { forTerminal } from '../shared/controlCharacters';
import { canonicalText } from '../shared/text';
import { call } from './call';

/** The CLI's output, as in run.ts. */
export interface DocumentsIo {
  out: (line: string) => void;
}

/** What `gloss list --json` prints for each document: one JSON array, for scripts. */
const listEntry = (doc: GlossDocument) => ({
  id: doc.id,
  title: doc.title,
  author: doc.byline,
  format: doc.format ?? 'text',
  source: doc.source,
  added: doc.addedAt,
  pages: doc.pageCount ?? null,
  chapters: doc.chapterCount ?? null,
  characters: doc.charCount,
  counts: { highlights: doc.highlightCount, notes: doc.noteCount, entities: doc.entityCount },
});

/** `gloss list [--json]`: one line per document, or the whole list as JSON. */
export const listDocuments = async (
  core: Core,
  io: DocumentsIo,
  json: boolean,
): Promise<number> => {
  const summaries = await call(core, 'library.list', {});
  if (json) {
    const documents = [];
    for (const summary of summaries)
      documents.push(await call(core, 'documents.get', { id: summary.id }));
    io.out(JSON.stringify(documents.map(listEntry), null, 2));
    return 0;
  }
  if (summaries.length === 0) io.out('The library is empty.');
  for (const doc of summaries) {
    // A tab or line break inside a title would break the columns: escaped too.
    io.out(`${doc.id}\t${doc.addedAt.slice(0, 10)}\t${forTerminal(doc.title, '')}`);
  }
  return 0;
};

const detailLines = (doc: GlossDocument): string[] => {
  const facts: [string, string | number | null | undefined][] = [
    ['Title', doc.title],
    ['Author', doc.byline],
    ['Source', doc.source],
    ['Format', doc.format ?? 'text'],
    ['Published', doc.publishedAt],
    ['Language', doc.language],
    ['Added', doc.addedAt],
    ['Pages', doc.pageCount],
    ['Chapters', doc.chapterCount],
    ['Blocks', doc.blocks.length],
    ['Characters', doc.charCount],
    ['Highlights', doc.highlightCount],
    ['Notes', doc.noteCount],
  ];
  const lines = facts.flatMap(([name, value]) =>
    value === null || value === undefined ? [] : [`${`${name}:`.padEnd(12)}${value}`],
  );
  const pages = doc.pages ?? [];
  if (pages.length > 0) {
    // Where each page begins, as a character offset into the text `gloss show --text` prints.
    lines.push('', 'Page breaks (page: first character offset):');
    for (const page of pages) lines.push(`  p. ${page.label}: ${page.start}`);
  }
  const toc = doc.toc ?? [];
  if (toc.length > 0) {
    lines.push('', 'Contents (offset, title):');
    for (const entry of toc)
      lines.push(`  ${'  '.repeat(entry.level - 1)}${entry.start}\t${entry.title}`);
  }
  return lines;
};

/**
 * `gloss show ID [--text]`: the document's details with its page breaks and contents, or its
 * plain text exactly as the reader and the highlights' offsets see it.
 */
export const showDocument = async (
  core: Core,
  io: DocumentsIo,
  id: string | undefined,
  text: boolean,
): Promise<number> => {
  if (!id) throw new Error('name the document: gloss show ID [--text] (ids are in gloss list).');
  const doc = await call(core, 'documents.get', { id });
  if (text) io.out(canonicalText(doc.blocks));
  else for (const line of detailLines(doc)) io.out(line);
  return 0;
};
