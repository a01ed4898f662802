import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { resolveDataDir } from '../core/paths';
import { forTerminal } from '../shared/controlCharacters';
import { GlossError } from '../shared/result';
import { shippedNameModel, useNameModel } from '../core/entities/modelPath';
import type { ProgressIo } from './progress';

/*
 * Each command loads only what it uses (dynamic imports below): `gloss list` needs the library,
 * not the HTML parser, the export stack, citation-js or the entity tagger, and loading all of
 * them took about a second before anything ran.
 */

export interface CliIo extends ProgressIo {
  env: NodeJS.ProcessEnv;
  resourcesDir: string;
  out: (line: string) => void;
  /** Where relative paths start; the process's working folder when absent. */
  cwd?: string;
}

const usage = `Usage: gloss <command> [options]

Commands:
  list [--json]        List the documents in the library (--json: id, title, author,
                       format, pages, chapters and counts, as one JSON array)
  show ID [--text]     A document's details, page breaks and contents; --text prints its
                       plain text exactly as the reader and highlight offsets see it
  import FILE... [--progress]
                       Import .txt, .md, .html, .pdf and .epub files (or a library export,
                       .json; Kindle's My Clippings.txt, KOReader's .json/.md and Readwise's
                       .csv highlights exports); progress on stderr (a terminal, or
                       --progress); Ctrl+C stops after the file under way
  export --format md|json|csv|anki --out PATH [--doc ID]... [--style S] [--no-citations]
                       Export the library (or some documents); gloss export --help
  update ID FILE [--dry-run] [--json]
                       Replace a document's text with FILE, highlights following their words
  cite ID [--format bibtex|csl|apa|chicago-author-date] [--from FILE]
                       Print a document's reference, or attach one from a .bib/.ris/.json file
  review --due [--json] | --log
                       How many highlights today's review holds, or the review log as JSON
  entities FILE...     Print the entities of text or HTML files (--json for one JSON line each)
  help                 Show this help

The library is the one in GLOSS_DATA_DIR when set, else Gloss's usual data folder.`;

const describe = (error: unknown): string => {
  if (error instanceof GlossError) return error.message;
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file.';
  if (error instanceof Error && 'code' in error && error.code === 'EISDIR')
    return 'it is a folder.';
  if (error instanceof Error && 'code' in error && error.code === 'EACCES')
    return 'permission denied.';
  return error instanceof Error ? error.message : String(error);
};

/** Runs one CLI invocation and returns its exit code; never throws. */
const runCommand = async (argv: string[], io: CliIo): Promise<number> => {
  // Reads files, not the library: no database to open, and options of its own.
  if (argv[0] === 'entities') {
    useNameModel(shippedNameModel(io.resourcesDir));
    const { runEntities } = await import('./entities');
    return runEntities(argv.slice(1), io);
  }
  const exporting = argv[0] === 'export';
  const citing = argv[0] === 'cite';
  const updating = argv[0] === 'update';
  const reviewing = argv[0] === 'review';
  if (
    (exporting || citing || updating || reviewing) &&
    (argv.includes('--help') || argv.includes('-h'))
  ) {
    io.out(
      exporting
        ? (await import('./export')).exportUsage
        : citing
          ? (await import('./cite')).citeUsage
          : updating
            ? (await import('./update')).updateUsage
            : (await import('./review')).reviewUsage,
    );
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      // export, cite, update and review have options of their own, read by their run functions.
      strict: !exporting && !citing && !updating && !reviewing,
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        text: { type: 'boolean' },
        progress: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`gloss: ${describe(error)}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (!exporting && (parsed.values.help || command === undefined || command === 'help')) {
    io.out(usage);
    return 0;
  }
  if (
    command !== 'list' &&
    command !== 'show' &&
    command !== 'import' &&
    command !== 'export' &&
    command !== 'cite' &&
    command !== 'update' &&
    command !== 'review'
  ) {
    io.err(`gloss: unknown command "${command}". Run "gloss help" for the list.`);
    return 2;
  }
  let core: Core;
  try {
    const { openCore } = await import('../core');
    core = await openCore({ dataDir: resolveDataDir(io.env), resourcesDir: io.resourcesDir });
  } catch (error) {
    io.err(`gloss: ${describe(error)}`);
    return 1;
  }
  try {
    const withCwd = { ...io, cwd: io.cwd ?? process.cwd() };
    if (exporting) return await (await import('./export')).runExport(core, argv.slice(1), withCwd);
    if (citing) return await (await import('./cite')).runCite(core, argv.slice(1), withCwd);
    if (updating) return await (await import('./update')).runUpdate(core, argv.slice(1), withCwd);
    if (reviewing) return await (await import('./review')).runReview(core, argv.slice(1), withCwd);
    if (command === 'list' || command === 'show') {
      const { listDocuments, showDocument } = await import('./documents');
      if (command === 'list') return await listDocuments(core, io, parsed.values.json === true);
      return await showDocument(core, io, rest[0], parsed.values.text === true);
    }
    const { importFiles } = await import('./import');
    return await importFiles(core, io, rest, parsed.values.progress === true);
  } catch (error) {
    io.err(`gloss: ${describe(error)}`);
    return 1;
  } finally {
    core.close();
  }
};

/**
 * `gloss <command>`: returns the exit code. Every line printed goes through forTerminal, so a
 * control character from a title, a file name or a message is shown escaped, never obeyed.
 */
export const runCli = (argv: string[], io: CliIo): Promise<number> =>
  runCommand(argv, {
    ...io,
    out: (line) => io.out(forTerminal(line)),
    err: (line) => io.err(forTerminal(line)),
  });
