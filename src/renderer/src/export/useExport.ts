import { useState } from 'react';
import { defaultCitationStyle, type CitationStyle } from '../../../shared/citations/styles';
import type { ExportFormat } from '../../../shared/exchange';
import { call, errorMessage } from '../api';
import { destinationKind, exportedMessage, type ExportScope } from './exportOptions';

export type ExportOutcome =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** The choices of the Export dialog and the export itself. */
export const useExport = (openId: string | null) => {
  const [scope, setScope] = useState<ExportScope>(openId ? 'current' : 'library');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // One destination per kind: switching Markdown ↔ JSON should not send a file to a folder.
  const [paths, setPaths] = useState<Record<'file' | 'folder', string>>({ file: '', folder: '' });
  const [outcome, setOutcome] = useState<ExportOutcome>({ status: 'idle' });
  const [citationStyle, setCitationStyle] = useState<CitationStyle>(defaultCitationStyle);
  const [citations, setCitations] = useState(true);
  const kind = destinationKind(format);

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const documentIds = (): string[] | undefined | null => {
    if (scope === 'library') return undefined;
    if (scope === 'current') return openId ? [openId] : null;
    return chosen.size ? [...chosen] : null;
  };

  const run = async () => {
    const path = paths[kind].trim();
    const ids = documentIds();
    if (ids === null) {
      setOutcome({ status: 'failed', message: 'Choose at least one document to export.' });
      return;
    }
    if (!path) {
      const what = kind === 'folder' ? 'a folder' : 'a file';
      setOutcome({ status: 'failed', message: `Choose ${what} to export to.` });
      return;
    }
    setOutcome({ status: 'busy' });
    try {
      const report = await call('export.write', {
        format,
        path,
        ...(ids ? { documentIds: ids } : {}),
        ...(format === 'markdown' ? { citationStyle, citations } : {}),
      });
      setOutcome({ status: 'done', message: exportedMessage(report.documentCount, report.path) });
    } catch (error) {
      setOutcome({ status: 'failed', message: errorMessage(error) });
    }
  };

  // A result shown is about the choices it was made with: any change clears it.
  const changed =
    <A extends unknown[]>(apply: (...args: A) => void) =>
    (...args: A) => {
      if (outcome.status !== 'busy') setOutcome({ status: 'idle' });
      apply(...args);
    };

  return {
    scope,
    setScope: changed(setScope),
    format,
    setFormat: changed(setFormat),
    chosen,
    toggle: changed(toggle),
    kind,
    path: paths[kind],
    setPath: changed((path: string) => setPaths((previous) => ({ ...previous, [kind]: path }))),
    citationStyle,
    setCitationStyle: changed(setCitationStyle),
    citations,
    setCitations: changed(setCitations),
    outcome,
    run,
  };
};

export type ExportState = ReturnType<typeof useExport>;
