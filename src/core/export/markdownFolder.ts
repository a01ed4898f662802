import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { documentMarkdown, glossKey } from '../../shared/export/documentMarkdown';
import { readFrontMatter } from '../../shared/export/frontMatterYaml';
import {
  indexFileName,
  indexMarkdown,
  type IndexBibliography,
} from '../../shared/export/indexMarkdown';
import { fileNamesFor, isSafeFileName } from '../../shared/export/names';
import { compareText } from '../../shared/export/order';
import type { ExportedLibrary } from '../../shared/export/types';
import { GlossError } from '../../shared/result';
import { ensureFolder, fileError, readIfExists, writeFileAtomic } from './files';
import { commitAll, inSlices, namesIn, readIfExistsSync, stageFiles } from './manyFiles';
import { noProgress, yieldToRequests, type ExportRun } from './progress';

/*
 * A Markdown export goes into a folder the user may share with other notes (an Obsidian vault).
 * Gloss's files are recognised by the `gloss` key of their front matter, and the manifest lists
 * what the last exports wrote. Re-exporting replaces Gloss's own files, removes those that no
 * longer belong (renamed or gone documents), and never overwrites or removes anything else.
 */

export const manifestName = '.gloss-export.json';

const manifestSchema = z.object({
  app: z.literal('gloss'),
  format: z.literal(1),
  /** File name → the document it holds; null for the index. */
  files: z.record(
    // A name the manifest lists is removed when stale: it must stay in the folder.
    z
      .string()
      .regex(/^[^/\\]+\.(?:md|bib|json)$/u)
      .refine(isSafeFileName),
    z.string().nullable(),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;

/** The front matter key that makes a file Gloss's: the document it holds, or the index. */
const glossMarkSchema = z.object({
  [glossKey]: z.object({
    document: z.string().optional(),
    index: z.literal(true).optional(),
  }),
});

/** Whose a file is: a Gloss document's, the Gloss index, or someone else's. */
type Owner = { document: string } | { index: true } | 'foreign' | 'missing';

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/**
 * Which names may be in a folder, from one listing of it: a file not listed is not read. Names
 * are compared folded (case, Unicode forms), since a file system may not tell `A.md` from
 * `a.md`; a name that only folds alike is read, and found missing where the system tells them
 * apart.
 */
const listingOf = async (folder: string): Promise<(name: string) => boolean> => {
  const fold = (name: string) => name.normalize('NFKC').toUpperCase().toLowerCase();
  const names = new Set((await namesIn(folder)).map(fold));
  return (name) => names.has(fold(name));
};

const ownerOf = (file: string, mayExist: (name: string) => boolean = () => true): Owner => {
  if (!mayExist(path.basename(file))) return 'missing';
  const text = readIfExistsSync(file);
  if (text === undefined) return 'missing';
  const yaml = frontMatterPattern.exec(text)?.[1];
  if (yaml === undefined) return 'foreign';
  try {
    const data = readFrontMatter(yaml);
    const mark = glossMarkSchema.safeParse(data);
    if (!mark.success) return 'foreign';
    const { document, index } = mark.data[glossKey];
    if (document !== undefined) return { document };
    return index ? { index: true } : 'foreign';
  } catch {
    return 'foreign';
  }
};

const readManifest = async (folder: string): Promise<Manifest> => {
  const file = path.join(folder, manifestName);
  const text = await readIfExists(file);
  if (text === undefined) return { app: 'gloss', format: 1, files: {} };
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new GlossError(
      'invalid_input',
      `${file} was not written by Gloss, so Gloss will not export into that folder. Move the file away or choose another folder.`,
    );
  }
};

/**
 * Names one file per document, avoiding every name held by a file that is not Gloss's. Reads
 * only the files it would write: a vault may hold thousands of notes.
 */
const chooseNames = async (
  folder: string,
  library: ExportedLibrary,
  mayExist: (name: string) => boolean,
) => {
  const infos = library.documents.map((document) => document.info);
  const taken = new Set<string>();
  for (;;) {
    const names = fileNamesFor(infos, taken);
    let clash = false;
    // Read in slices: a re-export reads each of its 10,000 files to see that it is still Gloss's.
    await inSlices(
      [...names.values()],
      (name) => {
        if (ownerOf(path.join(folder, `${name}.md`), mayExist) === 'foreign') {
          taken.add(name);
          clash = true;
        }
      },
      yieldToRequests,
    );
    if (!clash) return names;
  }
};

export interface FolderResult {
  written: string[];
  removed: string[];
}

export interface FolderOptions {
  /** False leaves the Pandoc citations off the quotes. */
  citations?: boolean;
  /** index.md's bibliography (whole-library exports), awaited when index.md is written. */
  bibliography?: Promise<IndexBibliography>;
  /**
   * Files beside the notes (references.bib, references.json), by name, for the documents whose
   * notes are in the folder: those exported and, for a partial export, those of earlier exports
   * (given as `alsoThere`).
   */
  companions?: (alsoThere: readonly string[]) => ReadonlyMap<string, string>;
}

/**
 * A companion file (not Markdown, so with no front matter to mark it) is Gloss's when an
 * earlier export listed it in the manifest; any other file of that name is the user's.
 */
const checkCompanions = async (
  folder: string,
  manifest: Manifest,
  companions: ReadonlyMap<string, string>,
): Promise<void> => {
  for (const name of companions.keys()) {
    const target = path.join(folder, name);
    if (name in manifest.files || (await readIfExists(target)) === undefined) continue;
    throw new GlossError(
      'invalid_input',
      `${target} is not a Gloss file, and Gloss will not overwrite it. Move it away or choose another folder.`,
    );
  }
};

/** Writes a Markdown export into `folder`; `wholeLibrary` adds index.md and prunes freely. */
export const writeMarkdownFolder = async (
  folder: string,
  library: ExportedLibrary,
  wholeLibrary: boolean,
  { citations, bibliography, companions: companionsFor }: FolderOptions = {},
  progress: ExportRun = noProgress,
): Promise<FolderResult> => {
  await ensureFolder(folder);
  const manifest = await readManifest(folder);
  const earlier = Object.values(manifest.files).filter((id): id is string => id !== null);
  const companions = companionsFor?.(wholeLibrary ? [] : earlier) ?? new Map<string, string>();
  await checkCompanions(folder, manifest, companions);
  const names = await chooseNames(folder, library, await listingOf(folder));
  const files = new Map<
    string,
    { content: string; document: string | null; title: string | null }
  >();
  const entities = new Map(library.entities.map((entity) => [entity.id, entity]));
  for (const document of library.documents) {
    const fileName = names.get(document.info.id) as string;
    const content = documentMarkdown({
      document,
      entities,
      fileName,
      exportedAt: library.exportedAt,
      citations,
    });
    files.set(`${fileName}.md`, {
      content,
      document: document.info.id,
      title: document.info.title,
    });
  }
  if (wholeLibrary) {
    const indexFile = `${indexFileName}.md`;
    if (ownerOf(path.join(folder, indexFile)) === 'foreign') {
      throw new GlossError(
        'invalid_input',
        `${path.join(folder, indexFile)} is not a Gloss file, and Gloss will not overwrite it. Move it away or choose another folder.`,
      );
    }
    const entries = library.documents.map((document) => ({
      document,
      fileName: names.get(document.info.id) as string,
    }));
    const content = indexMarkdown(entries, library.exportedAt, await bibliography);
    files.set(indexFile, { content, document: null, title: null });
  }
  for (const [name, content] of companions)
    files.set(name, { content, document: null, title: null });

  // Every file is written aside first and only then swapped in, so a cancel or a failure on
  // the way leaves the folder as the last export left it.
  const entries = [...files];
  progress.report({ stage: 'writing', done: 0, total: files.size, current: null });
  const staged = await stageFiles(
    entries.map(([name, { content }]) => ({ target: path.join(folder, name), content })),
    // Last after the last file too: a cancel heard then still leaves the folder as it was.
    async (done) => {
      const current = entries[done]?.[1].title ?? null;
      progress.report({ stage: 'writing', done, total: files.size, current });
      await yieldToRequests();
      progress.check();
    },
  );
  await commitAll(staged);
  const written = staged.map(({ target }) => target);

  // An earlier export's file goes when it is still Gloss's and its place is taken or its
  // document is gone: always for a whole-library export, else only for the documents exported.
  const exported = new Set(library.documents.map((document) => document.info.id));
  const removed: string[] = [];
  const kept: Manifest['files'] = {};
  for (const [name, documentId] of Object.entries(manifest.files)) {
    if (files.has(name)) continue;
    const stale = wholeLibrary || (documentId !== null && exported.has(documentId));
    const target = path.join(folder, name);
    const owner = ownerOf(target);
    if (owner === 'missing' || owner === 'foreign') continue;
    if (!stale) {
      kept[name] = documentId;
      continue;
    }
    try {
      await rm(target);
    } catch (error) {
      throw fileError(error, target);
    }
    removed.push(target);
  }
  const next: Manifest = { app: 'gloss', format: 1, files: { ...kept } };
  for (const [name, { document }] of files) next.files[name] = document;
  const sortedFiles = Object.fromEntries(
    Object.entries(next.files).sort(([a], [b]) => compareText(a, b)),
  );
  const manifestFile = path.join(folder, manifestName);
  await writeFileAtomic(
    manifestFile,
    `${JSON.stringify({ ...next, files: sortedFiles }, null, 2)}\n`,
  );
  written.push(manifestFile);
  return { written: written.sort(compareText), removed: removed.sort(compareText) };
};
