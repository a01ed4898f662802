import type { FeatureHandlers } from '../../shared/contract';
import type { preferencesMethods } from '../../shared/contract/preferences';
import type { createPreferencesService } from './service';

export interface PreferencesDeps {
  preferences: ReturnType<typeof createPreferencesService>;
}

export const preferencesHandlers = ({
  preferences,
}: PreferencesDeps): FeatureHandlers<typeof preferencesMethods> => ({
  'preferences.get': () => preferences.get(),
  'preferences.update': (input) => preferences.update(input),
});
