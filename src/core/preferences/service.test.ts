import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { createSettingsRepository } from './repository';
import { makeTempDir, removeTempDir } from '../testing';
import { createPreferencesService } from './service';

describe('preferences service', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    db = await openDatabase(dir);
  });
  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  const service = () => createPreferencesService(createSettingsRepository(db));

  it('answers the defaults, then what was stored, across connections', () => {
    expect(service().get()).toEqual({ librarySort: 'added' });
    expect(service().update({ librarySort: 'opened' })).toEqual({ librarySort: 'opened' });
    expect(service().get()).toEqual({ librarySort: 'opened' });
  });

  it('falls back to the defaults for a value it cannot read', () => {
    const settings = createSettingsRepository(db);
    settings.set('preferences', '{"librarySort":"shoe size"}');
    expect(service().get()).toEqual({ librarySort: 'added' });
    settings.set('preferences', 'not json');
    expect(service().get()).toEqual({ librarySort: 'added' });
  });
});
