import type Database from 'better-sqlite3';

/** Small key/value facts about the library (e.g. whether the bundled article was added). */
export const createSettingsRepository = (db: Database.Database) => {
  const read = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const write = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    get: (key: string): string | undefined => read.get(key)?.value,
    set: (key: string, value: string): void => {
      write.run(key, value);
    },
  };
};

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
