import type { FeatureHandlers } from '../../shared/contract';
import type { exportMethods } from '../../shared/contract/export';
import { createExportJobs } from './jobs';
import type { ExportService } from './service';

export interface ExportDeps {
  exporter: ExportService;
}

export const exportHandlers = ({ exporter }: ExportDeps): FeatureHandlers<typeof exportMethods> => {
  const jobs = createExportJobs(exporter);
  return {
    'export.write': (input) => exporter.write(input),
    'export.start': (input) => jobs.start(input),
    'export.status': ({ jobId }) => jobs.status(jobId),
    'export.cancel': ({ jobId }) => jobs.cancel(jobId),
    'library.importJson': ({ data }) => exporter.importJson(data),
  };
};
