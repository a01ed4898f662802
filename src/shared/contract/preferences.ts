import { z } from 'zod';
import { preferencesSchema } from '../preferences';

export const preferencesMethods = {
  /** The user's remembered choices (the library's sort), defaults filled in. */
  'preferences.get': {
    input: z.object({}).strict(),
    output: preferencesSchema,
  },
  /** Stores the given choices, keeping the others; answers them all. */
  'preferences.update': {
    input: preferencesSchema.partial().strict(),
    output: preferencesSchema,
  },
} as const;
