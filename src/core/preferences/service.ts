import type { SettingsRepository } from './repository';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../shared/preferences';

const preferencesKey = 'preferences';

/** The user's remembered choices, one JSON value in the settings table. */
export const createPreferencesService = (settings: SettingsRepository) => {
  const get = (): Preferences => {
    const stored = settings.get(preferencesKey);
    if (stored === undefined) return { ...defaultPreferences };
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch {
      parsed = {};
    }
    // A value an older or newer Gloss wrote that this one cannot read falls back to its default.
    const known = preferencesSchema.partial().catch({}).parse(parsed);
    return { ...defaultPreferences, ...known };
  };

  return {
    get,
    update: (changes: Partial<Preferences>): Preferences => {
      const next = { ...get(), ...changes };
      settings.set(preferencesKey, JSON.stringify(next));
      return next;
    },
  };
};
