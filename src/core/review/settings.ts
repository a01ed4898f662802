import { createJsonSetting } from '../preferences/jsonSetting';
import type { SettingsRepository } from '../preferences/repository';
import {
  defaultReviewSettings,
  reviewSettingsSchema,
  type ReviewSettings,
} from '../../shared/review';

/** The review's settings, one JSON value in the settings table (as the preferences are). */
export const createReviewSettings = (settings: SettingsRepository) =>
  createJsonSetting<ReviewSettings>(
    settings,
    'review',
    () => reviewSettingsSchema.partial(),
    defaultReviewSettings,
  );
