import type { SettingsRepository } from './repository';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../shared/preferences';
import { createJsonSetting } from './jsonSetting';

/** The user's remembered choices, one JSON value in the settings table. */
export const createPreferencesService = (settings: SettingsRepository) =>
  createJsonSetting<Preferences>(
    settings,
    'preferences',
    () => preferencesSchema.partial(),
    defaultPreferences,
  );
