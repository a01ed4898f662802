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

/** "14 highlights kept in place, 2 moved, 1 orphaned" in words a reader expects. */
export const reportText = (report: {
  anchored: number;
  moved: number;
  orphaned: number;
}): string => {
  const total = report.anchored + report.moved + report.orphaned;
  if (total === 0) return 'The text was replaced. This document had no highlights to move.';
  const noun = report.anchored === 1 ? 'highlight' : 'highlights';
  return `The text was replaced: ${report.anchored} ${noun} kept in place, ${report.moved} moved, ${report.orphaned} orphaned.`;
};
