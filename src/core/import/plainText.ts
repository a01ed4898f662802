import type { Block } from '../../shared/model';
import { GlossError } from '../../shared/result';
import { stripTrailingLeftovers } from './leftovers';
import { deriveTitle } from './title';

export interface ParsedText {
  title: string;
  blocks: Block[];
}

export interface PlainTextOptions {
  /** A title chosen by the user; wins over a title line or a derived title. */
  title?: string;
}

/** Longest line still taken for a hard-wrapped line rather than a one-line paragraph. */
const maxWrappedLineLength = 100;
const maxHeadingLength = 80;
const maxHeadingWords = 12;
/** Above this share of control characters a "text" is binary data decoded as text. */
const maxControlShare = 0.1;

const closers = /["'”’»)\]]+$/u;
const headingStart = /^[\p{Lu}\p{Lt}\p{N}"'“‘«]/u;
const listMarker = /^(?:[-*•‣◦–—]\s|\d{1,3}[.)]\s)/u;

const stripClosers = (line: string): string => line.replace(closers, '');
const endsSentence = (line: string): boolean => /[.!?…]$/u.test(stripClosers(line));
const endsWithPunctuation = (line: string): boolean => /[.!?:;,…]$/u.test(stripClosers(line));

/** A short line that starts like a title and does not end like a sentence. */
export const isHeadingLike = (line: string): boolean =>
  line.length <= maxHeadingLength &&
  line.split(/\s+/u).length <= maxHeadingWords &&
  headingStart.test(line) &&
  !listMarker.test(line) &&
  !endsWithPunctuation(line);

/** Control characters but tab, line feed, form feed and carriage return; DEL; U+FFFD. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlCharacters = /[\x01-\x08\x0b\x0e-\x1f\x7f\ufffd]/gu;

// The regular expressions run natively: a loop over a megabyte of text took ten times longer.
const assertLooksLikeText = (text: string): void => {
  const controls = text.includes('\0') ? Infinity : (text.match(controlCharacters)?.length ?? 0);
  if (controls > text.length * maxControlShare) {
    throw new GlossError(
      'unsupported_file',
      'This does not look like text: it contains binary data. Import a plain-text (.txt) file.',
    );
  }
};

/** BOM stripped, line breaks unified, trailing whitespace trimmed; nothing else is touched. */
const normalisedLines = (text: string): string[] =>
  text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trimEnd());

/** Runs of non-blank lines, with indentation removed (it is layout, not content). */
const chunksOf = (lines: readonly string[]): string[][] => {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else current.push(line.trimStart());
  }
  if (current.length) chunks.push(current);
  return chunks;
};

/**
 * Hard-wrapped prose has short lines that break mid-sentence. A break after a heading-like
 * line followed by a capitalised line is read as heading + paragraph instead, so a text with
 * one short paragraph per line and headings between them is not glued together.
 */
const isHardWrapped = (lines: readonly string[]): boolean => {
  const inner = lines.slice(0, -1);
  if (!inner.length || inner.some((line) => line.length > maxWrappedLineLength)) return false;
  return inner.some((line, index) => {
    if (endsSentence(line)) return false;
    const next = lines[index + 1] ?? '';
    return !(isHeadingLike(line) && headingStart.test(next));
  });
};

interface Candidate {
  text: string;
  /** Joined from several wrapped lines: always body text. */
  joined: boolean;
}

const candidatesOf = (chunk: readonly string[]): Candidate[] => {
  if (!isHardWrapped(chunk)) return chunk.map((text) => ({ text, joined: false }));
  // Within a wrapped paragraph a list marker still starts a new item.
  const groups: string[][] = [];
  for (const line of chunk) {
    const last = groups.at(-1);
    if (!last || listMarker.test(line)) groups.push([line]);
    else last.push(line);
  }
  return groups.map((group) => ({ text: group.join(' '), joined: group.length > 1 }));
};

const isBodyText = (candidate: Candidate | undefined): boolean =>
  candidate !== undefined && (candidate.joined || !isHeadingLike(candidate.text));

const toBlocks = (candidates: readonly Candidate[]): Block[] =>
  candidates.map((candidate, index) =>
    !candidate.joined && isHeadingLike(candidate.text) && isBodyText(candidates[index + 1])
      ? { kind: 'heading', level: 2, text: candidate.text }
      : { kind: 'paragraph', text: candidate.text },
  );

const chooseTitle = (blocks: Block[], given: string | undefined): ParsedText => {
  const first = blocks[0];
  const firstIsHeading = first?.kind === 'heading';
  if (given) {
    const repeated = firstIsHeading && first.text.toLowerCase() === given.toLowerCase();
    return { title: given, blocks: repeated ? blocks.slice(1) : blocks };
  }
  if (firstIsHeading) return { title: first.text, blocks: blocks.slice(1) };
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph') ?? first;
  return { title: deriveTitle(firstParagraph?.text ?? ''), blocks };
};

/**
 * Turns plain text into a title and blocks. Handles both one paragraph per line (as copied
 * from a web page) and hard-wrapped paragraphs separated by blank lines; short title-like
 * lines followed by body text become section headings; web-page leftovers at the end go.
 */
export const parsePlainText = (text: string, options: PlainTextOptions = {}): ParsedText => {
  assertLooksLikeText(text);
  const lines = stripTrailingLeftovers(normalisedLines(text));
  const candidates = chunksOf(lines).flatMap(candidatesOf);
  if (!candidates.length) {
    throw new GlossError('empty_document', 'The text is empty: there is nothing to import.');
  }
  return chooseTitle(toBlocks(candidates), options.title?.trim() || undefined);
};
