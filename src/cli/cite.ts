import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '../core';
import { dispatch } from '../core/dispatch';
import { referenceOutputFormats, type ReferenceOutputFormat } from '../shared/citations/styles';
import type { ExportIo } from './export';

export const citeUsage = `Usage: gloss cite ID [--format bibtex|csl|apa|chicago-author-date] [--from FILE]

Prints the reference of the document ID: as BibTeX (BibLaTeX, the default), CSL-JSON, or
formatted in APA or Chicago author-date. With --from FILE, first makes the one BibTeX,
BibLaTeX, RIS or CSL-JSON entry of FILE the document's reference (nothing is looked up
online); a malformed entry is refused with where it fails, and nothing changes.`;

const aliases: Record<string, ReferenceOutputFormat> = {
  chicago: 'chicago-author-date',
  json: 'csl',
};

const isOutputFormat = (value: string): value is ReferenceOutputFormat =>
  (referenceOutputFormats as readonly string[]).includes(value);

/** `gloss cite …` on an open core: returns the exit code; never throws. */
export const runCite = async (core: Core, argv: string[], io: ExportIo): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`gloss cite: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(citeUsage);
    return 0;
  }
  const [documentId, ...extra] = positionals;
  if (documentId === undefined || extra.length) {
    io.err('gloss cite: give one document ID (see gloss list).');
    return 2;
  }
  const asked = values.format ?? 'bibtex';
  const format = aliases[asked] ?? asked;
  if (!isOutputFormat(format)) {
    io.err(`gloss cite: --format must be one of ${referenceOutputFormats.join(', ')}.`);
    return 2;
  }
  if (values.from !== undefined) {
    const file = resolve(io.cwd, values.from);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      io.err(`gloss cite: cannot read ${file} (${reason}).`);
      return 1;
    }
    const attached = await dispatch(core.handlers, 'references.import', { documentId, text });
    if (!attached.ok) {
      io.err(`gloss cite: ${file}: ${attached.error.message}`);
      return attached.error.code === 'invalid_input' ? 2 : 1;
    }
  }
  const result = await dispatch(core.handlers, 'references.format', { documentId, format });
  if (!result.ok) {
    io.err(`gloss cite: ${result.error.message}`);
    return result.error.code === 'invalid_input' ? 2 : 1;
  }
  io.out((result.value as { text: string }).text.trimEnd());
  return 0;
};
