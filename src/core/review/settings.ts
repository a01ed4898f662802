import type { SettingsRepository } from '../preferences/repository';
import {
  defaultReviewSettings,
  reviewSettingsSchema,
  type ReviewSettings,
} from '../../shared/review';

const settingsKey = 'review';

/** The review's settings, one JSON value in the settings table (as the preferences are). */
export const createReviewSettings = (settings: SettingsRepository) => {
  const get = (): ReviewSettings => {
    const stored = settings.get(settingsKey);
    if (stored === undefined) return { ...defaultReviewSettings };
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch {
      parsed = {};
    }
    // A value another version of Gloss wrote that this one cannot read falls back to the default.
    const known = reviewSettingsSchema.partial().catch({}).parse(parsed);
    return { ...defaultReviewSettings, ...known };
  };
  return {
    get,
    update: (changes: Partial<ReviewSettings>): ReviewSettings => {
      const next = { ...get(), ...changes };
      settings.set(settingsKey, JSON.stringify(next));
      return next;
    },
  };
};
