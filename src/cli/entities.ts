import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { entityTypes, type EntityMention, type EntityType } from '../shared/entities';
import type { ExtractedEntity } from '../core/entities';

/** The CLI's input and output, as in run.ts. */
export interface EntitiesIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const entitiesUsage = `Usage: gloss entities FILE... [--json]

Prints the people, organisations, places, dates, amounts and quantities of each text (.txt) or
HTML (.html, .htm) file. With --json, one line per file: a JSON array of
{text, type, start, end, canonical, value?}, offsets in UTF-16 code units into the file's plain
text (a .txt file as read, without a byte-order mark; an HTML file's block texts joined by blank
lines).`;

const headings: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  date: 'Dates',
  money: 'Money',
  percent: 'Percentages',
  quantity: 'Quantities',
  misc: 'Misc',
};

/** The plain text of a file whose offsets the output refers to. */
export const plainTextOf = async (file: string): Promise<string> => {
  const raw = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
  const extension = extname(file).toLowerCase();
  // The HTML parser (linkedom) loads only for an HTML file: a text file does not pay for it.
  const html = extension === '.html' || extension === '.htm';
  const text = html ? (await import('../core/entities/htmlText')).htmlToText(raw) : raw;
  if (!text.trim()) throw new Error('the file is empty: there is no text to read.');
  if (text.includes('\u0000'))
    throw new Error('this is not a text file (it contains binary data).');
  return text;
};

const jsonLine = (mentions: readonly EntityMention[]): string =>
  JSON.stringify(
    mentions.map(({ text, type, start, end, canonical, value }) =>
      value === undefined
        ? { text, type, start, end, canonical }
        : { text, type, start, end, canonical, value },
    ),
  );

const describeEntity = (entity: ExtractedEntity): string => {
  const count = entity.mentions.length;
  const parts = [`  ${entity.canonical}`, `${count} mention${count === 1 ? '' : 's'}`];
  if (entity.value !== undefined && entity.value !== entity.canonical)
    parts.push(`= ${entity.value}`);
  if (entity.aliases.length)
    parts.push(`also ${entity.aliases.map((alias) => `"${alias}"`).join(', ')}`);
  return parts.join('  ·  ');
};

const table = (entities: readonly ExtractedEntity[]): string[] => {
  const lines: string[] = [];
  for (const type of entityTypes) {
    const group = entities.filter((entity) => entity.type === type);
    if (group.length === 0) continue;
    lines.push(`${headings[type]} (${group.length})`);
    lines.push(...group.map(describeEntity));
  }
  return lines.length ? lines : ['  No entities found.'];
};

const describeError = (error: unknown): string => {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EISDIR') return 'it is a folder.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  return error instanceof Error ? error.message : String(error);
};

/** `gloss entities FILE... [--json]`: returns the exit code; never throws. */
export const runEntities = async (argv: string[], io: EntitiesIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`gloss entities: ${describeError(error)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(entitiesUsage);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    io.err('gloss entities: name at least one .txt or .html file.');
    return 2;
  }
  // Loaded on demand: the NLP libraries are not needed by the other commands. Long files are
  // read in a worker thread, as the app does.
  const { extractEntitiesInWorker } = await import('../core/entities/worker');
  let failures = 0;
  for (const file of files) {
    try {
      const { mentions, entities } = await extractEntitiesInWorker(await plainTextOf(file));
      if (parsed.values.json) io.out(jsonLine(mentions));
      else {
        if (files.length > 1) io.out(`== ${file}`);
        for (const line of table(entities)) io.out(line);
      }
    } catch (error) {
      failures += 1;
      io.err(`Could not read entities from ${file}: ${describeError(error)}`);
    }
  }
  return failures === 0 ? 0 : 1;
};
