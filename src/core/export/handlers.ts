import type { FeatureHandlers } from '../../shared/contract';
import type { exportMethods } from '../../shared/contract/export';
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
}: ExportDeps): FeatureHandlers<typeof exportMethods> => ({
  'export.write': async (input) => (await loadExporter()).write(input),
  'library.importJson': async ({ data }) => (await loadExporter()).importJson(data),
});
