import type Database from 'better-sqlite3';
import type { EntityType } from '../../shared/entities';

/** An entity row; `mergedInto` names the entity a merged one now lives on as. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  canonical: string;
  value: string | null;
  hidden: boolean;
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
}

type EntityRow = Omit<EntityRecord, 'hidden'> & { hidden: number };

export type CorrectionKind = 'rename' | 'retype' | 'merge' | 'split' | 'hide' | 'add';

export interface StoredCorrection {
  seq: number;
  kind: CorrectionKind;
  payload: string;
}

const columns = `id, type, canonical, value, hidden, merged_into AS mergedInto,
  created_at AS createdAt, updated_at AS updatedAt`;

// The CHECK constraints of migration 3 guarantee the type and a 0/1 hidden flag.
const fromRow = ({ hidden, ...row }: EntityRow): EntityRecord => ({ ...row, hidden: hidden === 1 });

/** Merges form chains only through bugs or old data; this bounds the walk all the same. */
const maxMergeDepth = 64;

/** The SQL for entities, their alias keys and the corrections log (migration 3). */
export const createEntitiesRepository = (db: Database.Database) => {
  const statements = {
    find: db.prepare<[string], EntityRow>(`SELECT ${columns} FROM entities WHERE id = ?`),
    insert: db.prepare<[EntityRow]>(
      `INSERT INTO entities (id, type, canonical, value, hidden, merged_into, created_at,
         updated_at)
       VALUES (@id, @type, @canonical, @value, @hidden, @mergedInto, @createdAt, @updatedAt)`,
    ),
    update: db.prepare<[EntityRow]>(
      `UPDATE entities SET type = @type, canonical = @canonical, value = @value,
         hidden = @hidden, merged_into = @mergedInto, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    repointMerged: db.prepare<[string, string]>(
      `UPDATE entities SET merged_into = ? WHERE merged_into = ?`,
    ),
    byName: db.prepare<[EntityType, string], EntityRow>(
      `SELECT ${columns} FROM entities
       WHERE type = ? AND canonical = ? AND merged_into IS NULL ORDER BY created_at, id`,
    ),
    aliasOwner: db
      .prepare<[EntityType, string], string>(
        `SELECT entity_id FROM entity_aliases WHERE type = ? AND name = ?`,
      )
      .pluck(),
    setAlias: db.prepare<[EntityType, string, string]>(
      `INSERT INTO entity_aliases (type, name, entity_id) VALUES (?, ?, ?)
       ON CONFLICT (type, name) DO UPDATE SET entity_id = excluded.entity_id`,
    ),
    addAlias: db.prepare<[EntityType, string, string]>(
      `INSERT OR IGNORE INTO entity_aliases (type, name, entity_id) VALUES (?, ?, ?)`,
    ),
    moveAliases: db.prepare<[string, string]>(
      `UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?`,
    ),
    aliasNames: db
      .prepare<[string], string>(
        `SELECT DISTINCT name FROM entity_aliases WHERE entity_id = ? ORDER BY name`,
      )
      .pluck(),
    addCorrection: db.prepare<[CorrectionKind, string, string]>(
      `INSERT INTO entity_corrections (kind, payload, created_at) VALUES (?, ?, ?)`,
    ),
    replayable: db.prepare<[], StoredCorrection>(
      `SELECT seq, kind, payload FROM entity_corrections
       WHERE kind IN ('split', 'add') ORDER BY seq`,
    ),
    corrections: db.prepare<[], StoredCorrection>(
      `SELECT seq, kind, payload FROM entity_corrections ORDER BY seq`,
    ),
  };

  const find = (id: string): EntityRecord | undefined => {
    const row = statements.find.get(id);
    return row && fromRow(row);
  };

  const toRow = ({ hidden, ...entity }: EntityRecord): EntityRow => ({
    ...entity,
    hidden: hidden ? 1 : 0,
  });

  return {
    find,
    /** The entity an id stands for now: itself, or what it was merged into. */
    resolve: (id: string): EntityRecord | undefined => {
      let entity = find(id);
      for (let depth = 0; entity?.mergedInto && depth < maxMergeDepth; depth += 1) {
        entity = find(entity.mergedInto);
      }
      return entity;
    },
    insert: (entity: EntityRecord): void => {
      statements.insert.run(toRow(entity));
    },
    update: (entity: EntityRecord): void => {
      statements.update.run(toRow(entity));
    },
    /** Entities merged into `from` now point at `to` directly. */
    repointMerged: (from: string, to: string): void => {
      statements.repointMerged.run(to, from);
    },
    /** Unmerged entities of that type and name, oldest first. */
    findByName: (type: EntityType, canonical: string): EntityRecord[] =>
      statements.byName.all(type, canonical).map(fromRow),
    /** The entity an extracted (type, key) maps to, if any (not resolved through merges). */
    aliasOwner: (type: EntityType, name: string): string | undefined =>
      statements.aliasOwner.get(type, name),
    /** Points the key at the entity, taking it from any other. */
    setAlias: (type: EntityType, name: string, entityId: string): void => {
      statements.setAlias.run(type, name, entityId);
    },
    /** Adds the key unless another entity already holds it. */
    addAlias: (type: EntityType, name: string, entityId: string): void => {
      statements.addAlias.run(type, name, entityId);
    },
    moveAliases: (from: string, to: string): void => {
      statements.moveAliases.run(to, from);
    },
    aliasNames: (entityId: string): string[] => statements.aliasNames.all(entityId),
    addCorrection: (kind: CorrectionKind, payload: object, createdAt: string): void => {
      statements.addCorrection.run(kind, JSON.stringify(payload), createdAt);
    },
    /** Splits and additions, oldest first: what every extraction replays. */
    replayable: (): StoredCorrection[] => statements.replayable.all(),
    corrections: (): StoredCorrection[] => statements.corrections.all(),
  };
};

export type EntitiesRepository = ReturnType<typeof createEntitiesRepository>;
