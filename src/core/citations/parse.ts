import type { CSL } from '@citation-js/core';
import { editableReferenceSchema, type Reference } from '../../shared/citations/reference';
import { GlossError } from '../../shared/result';
import { parseWith, type ReferenceInputFormat } from './citationJs';
import { referenceFromCsl } from './convert';

/** What a pasted reference gave: the reference and the key it carried, if any. */
export interface ParsedReference {
  format: ReferenceInputFormat;
  reference: Reference;
  citekey: string | null;
}

const formatNames: Record<ReferenceInputFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

const refuse = (message: string): GlossError => new GlossError('invalid_input', message);

/** By its first non-blank characters; never by content that would need a lookup. */
export const detectFormat = (text: string): ReferenceInputFormat | null => {
  const start = text.replace(/^(?:\s|%[^\n]*\n)*/u, '');
  if (start.startsWith('@')) return 'bibtex';
  if (start.startsWith('{') || start.startsWith('[')) return 'csl';
  if (/^[A-Z][A-Z0-9] {2}- /u.test(start)) return 'ris';
  return null;
};

/** citation-js's first line (`expected "rbrace", got EOF at line 3 col 2:`), as a sentence. */
const whereItFailed = (error: unknown): string => {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const position = /at line (\d+) col (\d+)/u.exec(first);
  const what = first
    .replace(/\s*at line \d+ col \d+:?\s*$/u, '')
    .replace(
      /^expected "(\w+)", got (.+)$/u,
      (_all, want: string, got: string) =>
        `expected ${want === 'rbrace' ? '“}”' : want === 'comma' ? '“,”' : want} but found ${got === 'EOF' ? 'the end of the text' : got}`,
    );
  return position ? `at line ${position[1]}, column ${position[2]}, ${what}` : what;
};

const parseCslJson = (text: string): object[] => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(`The CSL-JSON could not be read: ${detail}.`);
  }
  const items = Array.isArray(data) ? (data as unknown[]) : [data];
  items.forEach((item, index) => {
    const typed = typeof item === 'object' && item !== null && 'type' in item;
    if (!typed || typeof item.type !== 'string')
      throw refuse(`The CSL-JSON could not be read: item ${index + 1} has no "type".`);
  });
  return items as object[];
};

/** RIS needs a TY line to open each record and an ER line to close it. */
const checkRis = (text: string): void => {
  const lines = text.split(/\r?\n/u);
  let open = false;
  lines.forEach((line, index) => {
    const tag = /^([A-Z][A-Z0-9]) {2}-(?: |$)/u.exec(line)?.[1];
    if (tag === undefined) {
      if (line.trim() !== '' && !open)
        throw refuse(`The RIS could not be read: line ${index + 1} is not a “XX  - value” line.`);
      return;
    }
    if (tag === 'TY') {
      if (open)
        throw refuse(`The RIS could not be read: line ${index + 1} opens a record before “ER  -”.`);
      open = true;
    } else if (tag === 'ER') open = false;
    else if (!open)
      throw refuse(`The RIS could not be read: line ${index + 1} comes before “TY  -”.`);
  });
  if (open) throw refuse('The RIS could not be read: the record has no closing “ER  -” line.');
};

/**
 * Where BibTeX braces do not pair up: a `}` with no `{`, or the line of an entry left open.
 * citation-js would drop such an entry without a word; this says where it is.
 */
const checkBraces = (text: string): void => {
  const open: number[] = [];
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    else if (char === '\\') index += 1;
    else if (char === '{') open.push(line);
    else if (char === '}' && open.pop() === undefined)
      throw refuse(`The BibTeX could not be read: at line ${line}, a “}” closes nothing.`);
  }
  if (open.length)
    throw refuse(
      `The BibTeX could not be read: the “{” on line ${open[0]} is never closed (a “}” is missing).`,
    );
};

const keyOf = (item: CSL, format: ReferenceInputFormat): string | null => {
  if (format === 'ris') return null;
  const key = item['citation-key'] ?? (typeof item.id === 'string' ? item.id : undefined);
  return key && !key.startsWith('temp_id_') ? key : null;
};

/**
 * Reads one pasted or imported reference (BibTeX, BibLaTeX, RIS or CSL-JSON) with citation-js.
 * Refuses, saying where, text that is none of those, a malformed entry, more or fewer than one
 * entry, and a DOI, ISBN or URL that is not one. Nothing is looked up: no network.
 */
export const parseReferenceText = (text: string): ParsedReference => {
  const format = detectFormat(text);
  if (format === null)
    throw refuse(
      'This is not a reference Gloss can read: paste one BibTeX or BibLaTeX entry (@article{…}), an RIS record (TY  - …) or CSL-JSON ({"type": …}).',
    );
  const name = formatNames[format];
  if (format === 'ris') checkRis(text);
  if (format === 'bibtex') checkBraces(text);
  let items: CSL[];
  try {
    items = parseWith(format === 'csl' ? parseCslJson(text) : text, format);
  } catch (error) {
    if (error instanceof GlossError) throw error;
    throw refuse(`The ${name} could not be read: ${whereItFailed(error)}.`);
  }
  if (items.length !== 1) {
    throw refuse(
      items.length === 0
        ? `The ${name} holds no entry.`
        : `The ${name} holds ${items.length} entries; give one reference for one document.`,
    );
  }
  const item = items[0] as CSL;
  const checked = editableReferenceSchema.safeParse(referenceFromCsl(item));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw refuse(`The ${name} entry was not attached: ${issue?.message ?? 'it is not valid.'}`);
  }
  return { format, reference: checked.data, citekey: keyOf(item, format) };
};
