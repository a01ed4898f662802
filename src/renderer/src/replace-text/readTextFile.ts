import type { ReplaceTextReport } from '../../../shared/annotations';

/** Largest file "Replace text…" reads, in bytes, in line with the importer's 10 MB limit. */
export const maxTextFileBytes = 10 * 1024 * 1024;

const textName = /\.(txt|text|md|markdown)$/i;

/**
 * The text of a file the user chose, or why it cannot be used. Only plain text is accepted:
 * a PDF or Word file read as text would replace the article with noise.
 */
export const readTextFile = async (file: File): Promise<{ text: string } | { problem: string }> => {
  if (file.size > maxTextFileBytes) {
    return { problem: `“${file.name}” is larger than 10 MB, the most Gloss reads.` };
  }
  const looksText = file.type.startsWith('text/') || textName.test(file.name);
  if (!looksText) {
    return {
      problem: `“${file.name}” is not a text file Gloss can read. Choose a .txt, .md, .html, .pdf or .epub file.`,
    };
  }
  const text = await file.text();
  // NUL bytes and runs of U+FFFD mean the bytes were not UTF-8 text after all.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.includes('\u0000') || replaced > Math.max(8, text.length / 100)) {
    return { problem: `“${file.name}” does not read as text. Choose a UTF-8 .txt or .md file.` };
  }
  return { text };
};

/**
 * "Of its 17 highlights: 14 kept, 1 followed, 1 edited, 1 orphaned", in the words of the figures
 * under it (by place, "kept in place, moved", it said 0 kept beside a Kept of 1 when text was
 * added above a highlight).
 */
export const reportText = (
  report: Pick<ReplaceTextReport, 'kept' | 'followed' | 'edited' | 'orphaned'>,
): string => {
  const { kept, followed, edited, orphaned } = report;
  const total = kept + followed + edited + orphaned;
  if (total === 0) return 'The text was replaced. This document had no highlights to move.';
  const noun = total === 1 ? 'highlight' : 'highlights';
  return `The text was replaced. Of its ${total} ${noun}: ${kept} kept, ${followed} followed, ${edited} edited, ${orphaned} orphaned.`;
};
