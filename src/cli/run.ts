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
  list                 List the documents in the library
  import FILE...       Import .txt, .md and .html files (or a library export, .json)
  export --format md|json|csv --out PATH [--doc ID]...
                       Export the library (or some documents); gloss export --help
  entities FILE...     Print the entities of text or HTML files (--json for one JSON line each)
  help                 Show this help

The library is the one in GLOSS_DATA_DIR when set, else Gloss's usual data folder.`;

const listDocuments = async (core: Core, io: CliIo): Promise<number> => {
  const { call } = await import('./call');
  const documents = await call(core, 'library.list', {});
  if (documents.length === 0) io.out('The library is empty.');
  for (const doc of documents) io.out(`${doc.id}\t${doc.addedAt.slice(0, 10)}\t${doc.title}`);
  return 0;
};

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
      options: { help: { type: 'boolean', short: 'h' } },
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
  if (command !== 'list' && command !== 'import' && command !== 'export') {
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
    if (exporting) {
      const { runExport } = await import('./export');
      return await runExport(core, argv.slice(1), { ...io, cwd: io.cwd ?? process.cwd() });
    }
    if (command === 'list') return await listDocuments(core, io);
    const { importFiles } = await import('./import');
    return await importFiles(core, io, rest);
  } finally {
    core.close();
  }
};
