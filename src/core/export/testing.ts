import type { Highlight, HighlightColor } from '../../shared/annotations';
import { createCitationsService } from '../citations/service';
import { createExportService } from './service';
import {
  dictionaryExtract,
  newsEntries,
  openEntitiesLibrary,
  type EntitiesTestLibrary,
} from '../entities/testing';

/** A pinned export date, so that exports can be compared byte for byte. */
export const pinnedAt = '2025-07-01T12:00:00.000Z';

/**
 * For tests whose first export formats references: citation-js loads on first use
 * (citations/citationJs.ts), which takes seconds on a busy machine.
 */
export const firstExportTimeout = 30_000;

export const seoulText =
  'Donald Trump met officials in Seoul on Tuesday.\n\n' +
  'Trump said # Seoul should pay $1.47 billion | *now* [sic]. Later Trump posted on Truth Social.\n\n' +
  '> A line that starts like a quote, with ==marks== and 100% ^caret.';

export const otherText = 'A Second Reading\n\nJoe Biden answered from the Pentagon.';

export interface ExportFixture extends EntitiesTestLibrary {
  exporter: ReturnType<typeof createExportService>;
  citations: ReturnType<typeof createCitationsService>;
  seoul: string;
  second: string;
  highlights: Highlight[];
}

/**
 * Two documents with what an export must carry: highlights in every colour with tags and
 * special characters, Markdown notes with tags, a document note, an automatic and a manual
 * entity link, a removed automatic link and an orphaned highlight.
 */
export const openExportFixture = async (): Promise<ExportFixture> => {
  const library = await openEntitiesLibrary(dictionaryExtract(newsEntries));
  const citations = createCitationsService(library.db, library.store);
  const exporter = createExportService(library.db, library.store, {
    now: () => new Date('2025-08-01T09:00:00.000Z'),
    references: citations.ensure,
  });
  const seoul = library.add(seoulText, 'Seoul: talks & “costs”');
  const second = library.add(otherText);
  await library.entities.list(seoul);
  await library.entities.list(second);
  const bodyOf = (id: string) => library.store.versions.findCurrent(id)?.body ?? '';
  const mark = (documentId: string, quote: string, color: HighlightColor, tags: string[] = []) => {
    const start = bodyOf(documentId).indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the text`);
    const created = library.annotations.create({
      documentId,
      start,
      end: start + quote.length,
      color,
    });
    return tags.length ? library.annotations.update({ id: created.id, tags }) : created;
  };
  const highlights = [
    mark(seoul, 'Donald Trump met officials in Seoul', 'yellow', ['politics', 'asia']),
    mark(seoul, 'Trump said # Seoul should pay $1.47 billion | *now* [sic].', 'pink', ['money']),
    mark(seoul, '> A line that starts like a quote, with ==marks== and 100% ^caret.', 'blue'),
    mark(second, 'Joe Biden answered', 'green', ['reply']),
    mark(seoul, 'Later Trump posted', 'purple'),
  ];
  const [first, second0, , reply] = highlights as [Highlight, Highlight, Highlight, Highlight];
  const save = (documentId: string, highlightId: string | null, body: string, tags: string[]) =>
    library.notes.save({ documentId, highlightId, body, tags });
  save(seoul, first.id, 'He **met** them.\n\n- point one\n- point two', ['follow-up']);
  const money = save(
    seoul,
    second0.id,
    'A # heading-like line and a [link](https://example.org).',
    [],
  );
  const docNote = save(seoul, null, 'The whole piece, in *one* note.', ['summary', 'asia']);
  save(second, reply.id, 'Short.', []);
  const entities = (await library.entities.list(seoul)).entities;
  const byName = (name: string) => {
    const found = entities.find((entity) => entity.canonical === name);
    if (!found) throw new Error(`no entity ${name}`);
    return found.id;
  };
  library.entities.noteLinks.add(docNote.id, byName('Seoul'));
  library.entities.noteLinks.remove(money.id, byName('Seoul'));
  // An orphan: the last sentence disappears from a new version of the text.
  library.documents.replaceText({
    id: seoul,
    text: seoulText.replace(' Later Trump posted on Truth Social.', ''),
  });
  await library.entities.list(seoul);
  return { ...library, exporter, citations, seoul, second, highlights };
};
