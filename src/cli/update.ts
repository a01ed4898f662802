import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { precheckImportFile } from '../shared/importFiles';
import type { FileUpdate, HighlightChange } from '../shared/textUpdates';
import { call } from './call';

export interface UpdateIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

export const updateUsage = `Usage: gloss update ID FILE [--dry-run] [--json]

Replaces the text of document ID with FILE (any format gloss import reads); its highlights
follow their words. --dry-run changes nothing and prints, for each highlight, its verdict
(kept, followed, edited, orphaned), old and new place, and quote; it exits with 3 if any
highlight would become an orphan. --json prints the whole answer as one JSON object.`;

/** Exit code of a dry run that would orphan a highlight: a check to run before updating. */
export const wouldOrphanExitCode = 3;

const place = (span: HighlightChange['before']): string =>
  span ? `${span.start}-${span.end}` : '-';

const changeLine = (change: HighlightChange): string => {
  const quote = change.quote.length > 80 ? `${change.quote.slice(0, 79)}…` : change.quote;
  return `${change.verdict}\t${place(change.before)} -> ${place(change.after)}\t"${quote.replace(/\s+/gu, ' ')}"`;
};

const summaryLine = ({ report, dryRun, document }: FileUpdate): string =>
  `${dryRun ? 'Would update' : 'Updated'} "${document.title}" (${document.id}): ` +
  `${report.kept} kept, ${report.followed} followed, ${report.edited} edited, ` +
  `${report.orphaned} orphaned.`;

/** `gloss update ID FILE [--dry-run] [--json]`; returns the exit code. */
export const runUpdate = async (core: Core, argv: string[], io: UpdateIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`gloss update: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const [id, file, ...extra] = parsed.positionals;
  if (!id || !file || extra.length > 0) {
    io.err(updateUsage);
    return 2;
  }
  const path = resolve(io.cwd, file);
  const name = basename(path);
  try {
    const refusal = precheckImportFile(name, (await stat(path)).size);
    if (refusal !== null) throw new Error(refusal);
    const data = (await readFile(path)).toString('base64');
    const dryRun = parsed.values['dry-run'] === true;
    const update = await call(core, 'documents.updateFromFile', { id, name, data, dryRun });
    if (parsed.values.json) io.out(JSON.stringify(update));
    else {
      if (dryRun) update.changes.forEach((change) => io.out(changeLine(change)));
      io.out(summaryLine(update));
    }
    return dryRun && update.report.orphaned > 0 ? wouldOrphanExitCode : 0;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const message = code === 'ENOENT' ? 'there is no such file.' : (error as Error).message;
    io.err(`gloss update: ${name}: ${message}`);
    return 1;
  }
};
