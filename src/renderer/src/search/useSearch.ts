import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../shared/search';
import { call, errorMessage } from '../api';

/** Typing pauses this long before a search is sent. */
export const searchDelayMs = 150;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string; previous: SearchResults | null }
  | { status: 'ready'; results: SearchResults }
  | { status: 'error'; query: string; message: string };

type Answer = { query: string; results: SearchResults } | { query: string; message: string };

/**
 * Searches the library for `query` once typing pauses. Only the answer to the latest query is
 * ever shown: an earlier one arriving late is dropped. A blank query is idle, with no call.
 * While the next answer is on its way, the last results stay (as `previous`).
 */
export const useSearch = (query: string): SearchState => {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [shown, setShown] = useState<SearchResults | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const asked = (latest.current += 1);
    if (query.trim() === '') return;
    const timer = window.setTimeout(() => {
      call('search.query', { query }).then(
        (results) => {
          if (asked !== latest.current) return;
          setAnswer({ query, results });
          setShown(results);
        },
        (error: unknown) => {
          if (asked === latest.current) setAnswer({ query, message: errorMessage(error) });
        },
      );
    }, searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [query]);

  if (query.trim() === '') return { status: 'idle' };
  if (answer?.query !== query) return { status: 'searching', query, previous: shown };
  if ('results' in answer) return { status: 'ready', results: answer.results };
  return { status: 'error', query, message: answer.message };
};
