import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { SettingsRepository } from '../preferences/repository';
import type { DocumentsService } from '../documents/service';

export const bundledArticleFile = '000_dff1b5ee7486004a.txt';
export const bundledArticleSource = 'Bundled article';
export const seededKey = 'seeded';

export interface SeedDependencies {
  db: Database.Database;
  documents: DocumentsService;
  settings: SettingsRepository;
  resourcesDir: string;
  warn?: (message: string) => void;
  now?: () => Date;
}

/**
 * Adds the bundled article on the very first run only. The import and the 'seeded' mark
 * commit together, so a crash cannot seed twice, and a user who deletes the article never
 * sees it come back. A missing or unreadable resource is reported and skipped: the library
 * still opens, and a later start tries again.
 */
export const seedLibrary = ({
  db,
  documents,
  settings,
  resourcesDir,
  warn = (message) => console.warn(message),
  now = () => new Date(),
}: SeedDependencies): void => {
  if (settings.get(seededKey) !== undefined) return;
  const file = path.join(resourcesDir, bundledArticleFile);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`gloss: the bundled article could not be read (${reason}); the library starts empty.`);
    return;
  }
  try {
    // Checked again under the write lock: another process may have seeded meanwhile.
    db.transaction(() => {
      if (settings.get(seededKey) !== undefined) return;
      documents.importText({ text, source: bundledArticleSource });
      settings.set(seededKey, now().toISOString());
    }).immediate();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`gloss: the bundled article ${file} could not be imported (${reason}).`);
  }
};
