import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const cliEntry = path.resolve(__dirname, '../../out/main/cli.js');

const formats = ['json', 'csv', 'md'] as const;

interface CliOutcome {
  code: number | null;
  out: string;
  err: string;
}

const runCli = (dataDir: string, args: string[]): Promise<CliOutcome> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cliEntry, ...args], {
      env: { ...process.env, GLOSS_DATA_DIR: dataDir },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });

/** What the readers did: runs that listed or exported a whole, readable library. */
export interface CliReaders {
  runs: number;
  /** Stops after the run under way and answers the first failure, if any. */
  stop(): Promise<string | null>;
}

/**
 * A second process reading the library the soak is killing writers of: `gloss list --json` and
 * `gloss export` (JSON, CSV, Markdown), one after another, each of which must exit 0 with a
 * whole answer: a list that parses, an export file that parses or a folder with its index.
 */
export const startCliReaders = (dataDir: string, outDir: string): CliReaders => {
  let stopping = false;
  let failure: string | null = null;
  const readers: CliReaders = {
    runs: 0,
    stop: async () => ((stopping = true), await loop, failure),
  };
  const check = async (turn: number): Promise<string | null> => {
    const listed = await runCli(dataDir, ['list', '--json']);
    if (listed.code !== 0) return `gloss list exited ${listed.code}: ${listed.err}`;
    if (!Array.isArray(JSON.parse(listed.out))) return 'gloss list --json printed no list';
    const format = formats[turn % formats.length] as (typeof formats)[number];
    const target = path.join(outDir, `export-${turn}${format === 'md' ? '' : `.${format}`}`);
    const exported = await runCli(dataDir, ['export', '--format', format, '--out', target]);
    if (exported.code !== 0)
      return `gloss export ${format} exited ${exported.code}: ${exported.err}`;
    if (format === 'json') JSON.parse(fs.readFileSync(target, 'utf8'));
    if (format === 'csv' && !fs.readFileSync(target, 'utf8').startsWith('\uFEFFtype,'))
      return 'the CSV export has no header';
    if (format === 'md' && !fs.existsSync(path.join(target, 'index.md')))
      return 'the Markdown export has no index.md';
    fs.rmSync(target, { recursive: true, force: true });
    return null;
  };
  const loop = (async () => {
    for (let turn = 0; !stopping && failure === null; turn += 1) {
      try {
        failure = await check(turn);
      } catch (error) {
        failure = `a CLI answer did not parse: ${error instanceof Error ? error.message : String(error)}`;
      }
      readers.runs += 1;
    }
  })();
  return readers;
};
