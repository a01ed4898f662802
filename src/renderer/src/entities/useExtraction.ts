import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentEntities } from '../../../shared/entities';
import { call, errorMessage } from '../api';
import type { ExtractionStatus } from './types';

/** How often to ask again while the core extracts (the contract suggests about 250 ms). */
const pollMs = 250;

export interface Extraction {
  status: ExtractionStatus;
  progress: number;
  error: string | null;
  /** The last ready answer; kept while a new one is on its way, so the panel never blanks. */
  data: DocumentEntities | null;
  /** Asks again (after a correction or a new text) and resolves once the answer is ready. */
  reload: () => Promise<void>;
}

/**
 * The entities of one document, fetched with entities.list and asked again every 250 ms while
 * the core is extracting them, so the reader stays usable and the panel shows the progress.
 */
export const useExtraction = (documentId: string | null): Extraction => {
  const [status, setStatus] = useState<ExtractionStatus>('loading');
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [data, setData] = useState<DocumentEntities | null>(null);
  // Each fetch gets a generation; an answer from an older one (a reload overtook it) is ignored.
  const generation = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const fetchUntilReady = useCallback(async (id: string): Promise<void> => {
    window.clearTimeout(timer.current);
    const mine = ++generation.current;
    for (;;) {
      let answer: DocumentEntities;
      try {
        answer = await call('entities.list', { documentId: id });
      } catch (failure) {
        if (mine !== generation.current) return;
        setStatus('failed');
        setError(errorMessage(failure));
        return;
      }
      if (mine !== generation.current) return;
      if (answer.state !== 'extracting') {
        setData(answer);
        setStatus(answer.state);
        setProgress(1);
        setError(answer.error);
        return;
      }
      // Mentions of an older version of the text would mark the wrong words: drop them.
      setData((last) => (last && last.version !== answer.version ? null : last));
      setStatus('extracting');
      setProgress(answer.progress);
      await new Promise<void>((resolve) => {
        timer.current = window.setTimeout(resolve, pollMs);
      });
      if (mine !== generation.current) return;
    }
  }, []);

  useEffect(() => {
    if (documentId === null) return;
    // Started from a callback: state changes only as answers arrive.
    void Promise.resolve(documentId).then(fetchUntilReady);
    return () => {
      generation.current += 1;
      window.clearTimeout(timer.current);
    };
  }, [documentId, fetchUntilReady]);

  const reload = useCallback(async () => {
    if (documentId !== null) await fetchUntilReady(documentId);
  }, [documentId, fetchUntilReady]);

  return { status, progress, error, data, reload };
};
