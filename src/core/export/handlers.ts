import type { FeatureHandlers } from '../../shared/contract';
import type { exportMethods } from '../../shared/contract/export';
import type { createExportService } from './service';

export interface ExportDeps {
  exporter: ReturnType<typeof createExportService>;
}

export const exportHandlers = ({
  exporter,
}: ExportDeps): FeatureHandlers<typeof exportMethods> => ({
  'export.write': (input) => exporter.write(input),
  'library.importJson': ({ data }) => exporter.importJson(data),
});
