import type { FeatureHandlers } from '../../../shared/contract';
import type { clippingsMethods } from '../../../shared/contract/clippings';
import type { ClippingsService } from './service';

export const clippingsHandlers = ({
  clippings,
}: {
  clippings: ClippingsService;
}): FeatureHandlers<typeof clippingsMethods> => ({
  'clippings.import': ({ name, data }, call) =>
    clippings.importFile(name, Buffer.from(data, 'base64'), call?.signal),
});
