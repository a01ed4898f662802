import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { resolveDataDir } from '../core/paths';
import { GlossError } from '../shared/result';
import { shippedNameModel, useNameModel } from '../core/entities/modelPath';

/*
 * Each command loads only what it uses (dynamic imports below): `gloss list` needs the library,
 * not the HTML parser, the export stack or the entity tagger, and loading all of them took
 * about a second before anything ran.
 */

export interface CliIo {
  env: NodeJS.ProcessEnv;
  resourcesDir: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where relative paths start; the process's working folder when absent. */
  cwd?: string;
}

const usage = `Usage: gloss <command> [options]

Commands:
  list [--json]        List the documents in the library (--json: id, title, author,
                       format, pages, chapters and counts, as one JSON array)
  show ID [--text]     A document's details, page breaks and contents; --text prints its
                       plain text exactly as the reader and highlight offsets see it
  import FILE...       Import .txt, .md, .html, .pdf and .epub files (or a library export, .json)
  export --format md|json|csv --out PATH [--doc ID]...
                       Export the library (or some documents); gloss export --help
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
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  // Reads files, not the library: no database to open, and options of its own.
  if (argv[0] === 'entities') {
    useNameModel(shippedNameModel(io.resourcesDir));
    const { runEntities } = await import('./entities');
    return runEntities(argv.slice(1), io);
  }
  const exporting = argv[0] === 'export';
  if (exporting && (argv.includes('--help') || argv.includes('-h'))) {
    io.out((await import('./export')).exportUsage);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      // export has options of its own, read by runExport.
      strict: !exporting,
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        text: { type: 'boolean' },
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
  if (command !== 'list' && command !== 'show' && command !== 'import' && command !== 'export') {
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
    if (exporting)
      return await (
        await import('./export')
      ).runExport(core, argv.slice(1), {
        ...io,
        cwd: io.cwd ?? process.cwd(),
      });
    if (command === 'list' || command === 'show') {
      const { listDocuments, showDocument } = await import('./documents');
      if (command === 'list') return await listDocuments(core, io, parsed.values.json === true);
      return await showDocument(core, io, rest[0], parsed.values.text === true);
    }
    return await (await import('./import')).importFiles(core, io, rest);
  } catch (error) {
    io.err(`gloss: ${describe(error)}`);
    return 1;
  } finally {
    core.close();
  }
};
