import { parseKindleMetadata } from './kindleMetadata';
import { clippingsRefusal } from './refusals';
import type { RawClipping } from './raw';

/*
 * Kindle's `My Clippings.txt`: entries closed by a line of ten `=`, each a title line
 * ("Title (Author)"), a metadata line, a blank line and the text (none for a bookmark). Every
 * entry may start with a byte-order mark, and lines end in CRLF, LF or a mix of both.
 */

const separator = /^\uFEFF?={10}[ \t]*$/u;

/** "Title (Author)": the last parenthesised group at the end is the author. */
export const splitTitleAndAuthor = (line: string): { title: string; author: string | null } => {
  const trimmed = line.replace(/\uFEFF/gu, '').trim();
  const match = /^(.*\S)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/u.exec(trimmed);
  if (!match?.[1] || !match[2]?.trim()) return { title: trimmed, author: null };
  return { title: match[1].trim(), author: match[2].trim() };
};

interface Entry {
  lines: string[];
  /** The entry was closed by a separator line (all but, perhaps, the last). */
  closed: boolean;
  number: number;
}

const isSeparator = (line: string): boolean => line.includes('==========') && separator.test(line);

/** Blank lines around an entry are layout; the text's own lines are kept. */
const trimmed = (lines: string[]): string[] => {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').replace(/\uFEFF/gu, '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end);
};

// Line by line: one pass over a file of tens of thousands of clippings.
const entriesOf = (text: string): Entry[] => {
  const entries: Entry[] = [];
  let lines: string[] = [];
  let number = 0;
  const close = (closed: boolean) => {
    number += 1;
    const kept = trimmed(lines);
    if (kept.length > 0) entries.push({ lines: kept, closed, number });
    lines = [];
  };
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (isSeparator(line)) close(true);
    else lines.push(line);
  }
  close(false);
  return entries;
};

/**
 * Every clipping of the file, in file order. An entry that is not a clipping (no metadata line,
 * or a highlight or note with no text) refuses the whole file: the last one so cut is what a
 * truncated copy looks like.
 */
export const parseKindleClippings = (name: string, text: string): RawClipping[] => {
  const clippings: RawClipping[] = [];
  for (const entry of entriesOf(text)) {
    const [titleLine = '', metadataLine = '', ...body] = entry.lines;
    const metadata = parseKindleMetadata(metadataLine.trim());
    const content = body.join('\n').trim();
    const whole = metadata !== null && (metadata.kind === 'bookmark' || content !== '');
    if (!whole) {
      const last = !entry.closed;
      throw clippingsRefusal(
        name,
        last
          ? `its last clipping (number ${entry.number}) is cut short: the file looks truncated. Copy it from the Kindle again`
          : `clipping number ${entry.number} is not one Kindle writes (a title line, a line such as “- Your Highlight on page 12 | Location 140-142 | Added on …”, then the text)`,
      );
    }
    const { title, author } = splitTitleAndAuthor(titleLine);
    clippings.push({ title, author, text: content, ...metadata });
  }
  return clippings;
};
