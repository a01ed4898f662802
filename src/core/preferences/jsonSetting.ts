import type { z } from 'zod';
import type { SettingsRepository } from './repository';

/**
 * One JSON value of the settings table, read against `partialSchema` with `defaults` filled in.
 * A value another version of Gloss wrote that this one cannot read falls back to the defaults;
 * an update keeps the fields it does not name.
 */
export const createJsonSetting = <T extends object>(
  settings: SettingsRepository,
  key: string,
  /** Built on the first read, not when the core starts: a command that never reads it skips it. */
  partialSchema: () => z.ZodType<Partial<T>>,
  defaults: T,
) => {
  let schema: z.ZodType<Partial<T>> | undefined;
  const get = (): T => {
    const stored = settings.get(key);
    if (stored === undefined) return { ...defaults };
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch {
      parsed = {};
    }
    schema ??= partialSchema();
    return { ...defaults, ...schema.catch({}).parse(parsed) };
  };
  return {
    get,
    update: (changes: Partial<T>): T => {
      const next = { ...get(), ...changes };
      settings.set(key, JSON.stringify(next));
      return next;
    },
  };
};
