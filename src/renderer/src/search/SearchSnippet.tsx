import type { Snippet } from '../../../shared/search';

/**
 * Snippet text with its matched words in <mark>. Hidden from assistive technology: the option
 * that shows it is named by the same text (SearchResultsList).
 */
export function SearchSnippet({ snippet }: { snippet: Snippet }) {
  const parts: (string | { marked: string })[] = [];
  let cursor = 0;
  for (const [start, end] of snippet.marks) {
    if (start < cursor || end > snippet.text.length) continue;
    parts.push(snippet.text.slice(cursor, start), { marked: snippet.text.slice(start, end) });
    cursor = end;
  }
  parts.push(snippet.text.slice(cursor));
  return (
    <span className="search-snippet" aria-hidden="true">
      {parts.map((part, index) =>
        typeof part === 'string' ? part : <mark key={index}>{part.marked}</mark>,
      )}
    </span>
  );
}
