import type { FeatureHandlers } from '../../shared/contract';
import type { exportMethods } from '../../shared/contract/export';
import type { ExportJobs } from './jobs';
import type { ExportService } from './service';

export interface ExportDeps {
  /**
   * The export service, loaded on the first export or library import: the export stack (YAML,
   * Markdown, CSV, Web Annotation) is not paid for by every start of the app or the CLI.
   */
  loadExporter: () => Promise<ExportService>;
}

export const exportHandlers = ({
  loadExporter,
}: ExportDeps): FeatureHandlers<typeof exportMethods> => {
  let jobs: Promise<ExportJobs> | null = null;
  const loadJobs = (): Promise<ExportJobs> =>
    (jobs ??= Promise.all([loadExporter(), import('./jobs')]).then(
      ([exporter, { createExportJobs }]) => createExportJobs(exporter),
    ));
  return {
    'export.write': async (input) => (await loadExporter()).write(input),
    'export.start': async (input) => (await loadJobs()).start(input),
    'export.status': async ({ jobId }) => (await loadJobs()).status(jobId),
    'export.cancel': async ({ jobId }) => (await loadJobs()).cancel(jobId),
    'library.importJson': async ({ data }) => (await loadExporter()).importJson(data),
  };
};
