import { parseKindleDate } from './kindleMetadata';
import { clippingsRefusal } from './refusals';
import type { RawClipping } from './raw';

/*
 * KOReader's Markdown export: per book `# Title`, `##### Author`, `## Chapter`, and per
 * highlight `### Page 12 @ 13 March 2023 10:12:33 PM`, its text (wrapped in the marks the user
 * chose: **bold**, *italic*, ==highlight==, <u>underline</u>...), then `---` and the note.
 */

const wrappers: readonly [string, string][] = [
  ['**_', '_**'],
  ['**', '**'],
  ['==', '=='],
  ['++', '++'],
  ['~~', '~~'],
  ['<u>', '</u>'],
  ['<mark>', '</mark>'],
  ['*', '*'],
  ['_', '_'],
];

/** The text without the emphasis KOReader wrapped it in. */
const unwrap = (text: string): string => {
  for (const [open, close] of wrappers) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      return text.slice(open.length, text.length - close.length).trim();
    }
  }
  return text;
};

interface Draft {
  page: string | null;
  addedAt: string | null;
  lines: string[];
}

export const parseKoreaderMarkdown = (name: string, text: string): RawClipping[] => {
  const clippings: RawClipping[] = [];
  let title: string | null = null;
  let author: string | null = null;
  let draft: Draft | null = null;

  const flush = () => {
    if (!draft || title === null) return;
    const body = draft.lines.join('\n').trim();
    const rule = /^\s*---\s*$/mu.exec(body);
    const quote = unwrap((rule ? body.slice(0, rule.index) : body).trim());
    const note = rule ? body.slice(rule.index + rule[0].length).trim() : '';
    if (quote !== '' || note !== '') {
      clippings.push({
        title,
        author,
        kind: quote === '' ? 'note' : 'highlight',
        text: quote === '' ? note : quote,
        note: quote === '' || note === '' ? null : note,
        page: draft.page,
        location: null,
        addedAt: draft.addedAt,
      });
    }
    draft = null;
  };

  for (const line of text.replace(/\r\n?/gu, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    if (!heading) {
      draft?.lines.push(line);
      continue;
    }
    flush();
    const [, marks = '', content = ''] = heading;
    if (marks === '#') {
      title = content.trim();
      author = null;
    } else if (marks === '#####') author = content.trim() || null;
    else if (marks === '###') {
      const entry = /^(?:page|p\.)\s+(\S+)(?:\s+@\s+(.*))?$/iu.exec(content.trim());
      draft = {
        page: entry?.[1] ?? null,
        addedAt: entry?.[2] ? parseKindleDate(entry[2]) : null,
        lines: [],
      };
    }
  }
  flush();
  if (clippings.length === 0) {
    throw clippingsRefusal(name, 'it holds no highlight under a “### Page …” heading');
  }
  return clippings;
};
