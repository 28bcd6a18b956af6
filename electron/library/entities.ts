import type { Database } from 'better-sqlite3';
import themes from '../../resources/taxonomy/themes.json';
import { AppError } from '../errors';
import { nowIso, statements } from './statements';
import type { ActorType, Entity, EntityKind } from './types';

/** An `entities` row exactly as stored (and as a bundle carries it). */
export interface EntityTableRow {
  id: number;
  kind: EntityKind;
  actor_type: ActorType | null;
  name: string;
  match_key: string;
  theme_slug: string | null;
  phrases: string;
  builtin: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** An `aliases` row exactly as stored (and as a bundle carries it). */
export interface AliasTableRow {
  entity_id: number;
  kind: EntityKind;
  alias: string;
  match_key: string;
}

type EntityRow = Omit<EntityTableRow, 'match_key' | 'created_at' | 'updated_at'> & { aliases: string | null };

/**
 * The folded form of a name used to match entities and aliases: case, diacritics,
 * dots and punctuation do not matter ("U.S." = "US" = "us"; "Lavrov" = "LAVROV";
 * "Côte d'Ivoire" = "Cote d'Ivoire").
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const q = statements((db) => ({
  byKey: db.prepare<[EntityKind, string], { id: number }>('SELECT id FROM entities WHERE kind = ? AND match_key = ?'),
  byAlias: db.prepare<[EntityKind, string], { id: number }>('SELECT entity_id AS id FROM aliases WHERE kind = ? AND match_key = ?'),
  bySlug: db.prepare<[string], { id: number }>('SELECT id FROM entities WHERE theme_slug = ?'),
  byId: db.prepare<[number], EntityRow>(
    `SELECT e.*, (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases
     FROM entities e WHERE e.id = ?`,
  ),
  list: db.prepare<[EntityKind], EntityRow & { uses: number }>(
    `SELECT e.*, (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
            (SELECT count(*) FROM summary_entities se WHERE se.entity_id = e.id AND se.status <> 'rejected') AS uses
     FROM entities e WHERE e.kind = ? ORDER BY e.name COLLATE NOCASE`,
  ),
  insert: db.prepare(
    `INSERT INTO entities (kind, actor_type, name, match_key, theme_slug, phrases, builtin, created_at, updated_at)
     VALUES (@kind, @actorType, @name, @matchKey, @themeSlug, @phrases, @builtin, @now, @now)`,
  ),
  insertAlias: db.prepare(
    'INSERT OR IGNORE INTO aliases (entity_id, kind, alias, match_key) VALUES (@entityId, @kind, @alias, @matchKey)',
  ),
  deleteAlias: db.prepare<[number, string]>('DELETE FROM aliases WHERE entity_id = ? AND match_key = ?'),
  rename: db.prepare('UPDATE entities SET name = @name, match_key = @matchKey, updated_at = @now WHERE id = @id'),
  setActorType: db.prepare('UPDATE entities SET actor_type = @actorType, updated_at = @now WHERE id = @id'),
  setPhrases: db.prepare('UPDATE entities SET phrases = @phrases, updated_at = @now WHERE id = @id'),
  moveAliases: db.prepare('UPDATE OR IGNORE aliases SET entity_id = @into WHERE entity_id = @from'),
  moveTags: db.prepare('UPDATE OR IGNORE summary_entities SET entity_id = @into WHERE entity_id = @from'),
  delete: db.prepare<[number]>('DELETE FROM entities WHERE id = ?'),
  nameOf: db.prepare<[number], string>('SELECT name FROM entities WHERE id = ?').pluck(),
  insertRow: db.prepare<[Omit<EntityTableRow, 'id'>]>(
    `INSERT INTO entities (kind, actor_type, name, match_key, theme_slug, phrases, builtin, created_at, updated_at)
     VALUES (@kind, @actor_type, @name, @match_key, @theme_slug, @phrases, @builtin, @created_at, @updated_at)`,
  ),
  insertAliasRow: db.prepare<[number, EntityKind, string, string]>('INSERT INTO aliases (entity_id, kind, alias, match_key) VALUES (?, ?, ?, ?)'),
  deleteAliasByKey: db.prepare<[string, string]>('DELETE FROM aliases WHERE kind = ? AND match_key = ?'),
}));

function toEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    kind: row.kind,
    actorType: row.actor_type,
    name: row.name,
    themeSlug: row.theme_slug,
    phrases: JSON.parse(row.phrases) as string[],
    builtin: row.builtin === 1,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
  };
}

/** Finds an entity by its name or any alias (folded: case, dots and accents ignored). */
export function findEntityId(db: Database, kind: EntityKind, name: string): number | undefined {
  const key = matchKey(name);
  if (!key) return undefined;
  if (kind === 'theme') {
    const slug = q(db).bySlug.get(name);
    if (slug) return slug.id;
  }
  return q(db).byKey.get(kind, key)?.id ?? q(db).byAlias.get(kind, key)?.id;
}

export function getEntity(db: Database, id: number): Entity {
  const row = q(db).byId.get(id);
  if (!row) throw new AppError('NOT_FOUND', `No forum, actor or theme has id ${id}.`);
  return toEntity(row);
}

export function listEntities(db: Database, kind: EntityKind): Array<Entity & { uses: number }> {
  return q(db).list.all(kind).map((row) => ({ ...toEntity(row), uses: row.uses }));
}

/** Returns the entity a name resolves to, creating it when no name or alias matches. */
export function ensureEntity(
  db: Database,
  input: { kind: EntityKind; name: string; actorType?: ActorType; themeSlug?: string; aliases?: string[] },
): number {
  const existing =
    (input.themeSlug ? q(db).bySlug.get(input.themeSlug)?.id : undefined) ?? findEntityId(db, input.kind, input.name);
  if (existing !== undefined) return existing;
  const name = input.name.trim();
  if (!matchKey(name)) throw new AppError('INVALID_REQUEST', `"${input.name}" is not a usable name.`);
  const info = q(db).insert.run({
    kind: input.kind,
    actorType: input.kind === 'actor' ? (input.actorType ?? 'organization') : null,
    name,
    matchKey: matchKey(name),
    themeSlug: input.kind === 'theme' ? (input.themeSlug ?? null) : null,
    phrases: '[]',
    builtin: 0,
    now: nowIso(),
  });
  const id = Number(info.lastInsertRowid);
  for (const alias of input.aliases ?? []) addAlias(db, id, alias);
  return id;
}

export function addAlias(db: Database, entityId: number, alias: string): void {
  const entity = getEntity(db, entityId);
  const key = matchKey(alias);
  if (!key) throw new AppError('INVALID_REQUEST', `"${alias}" is not a usable alias.`);
  const owner = findEntityId(db, entity.kind, alias);
  if (owner !== undefined && owner !== entityId) {
    throw new AppError('CONFLICT', `"${alias}" already names ${getEntity(db, owner).name}. Merge the two instead.`);
  }
  if (key === matchKey(entity.name)) return;
  q(db).insertAlias.run({ entityId, kind: entity.kind, alias: alias.trim(), matchKey: key });
}

export function removeAlias(db: Database, entityId: number, alias: string): void {
  q(db).deleteAlias.run(entityId, matchKey(alias));
}

/** Renames an entity; the old name stays as an alias so later imports still resolve to it. */
export function renameEntity(db: Database, entityId: number, newName: string): void {
  db.transaction(() => {
    const entity = getEntity(db, entityId);
    const key = matchKey(newName);
    if (!key) throw new AppError('INVALID_REQUEST', `"${newName}" is not a usable name.`);
    const owner = findEntityId(db, entity.kind, newName);
    if (owner !== undefined && owner !== entityId) {
      throw new AppError('CONFLICT', `"${newName}" already names ${getEntity(db, owner).name}. Merge the two instead.`);
    }
    q(db).deleteAlias.run(entityId, key);
    q(db).rename.run({ id: entityId, name: newName.trim(), matchKey: key, now: nowIso() });
    if (matchKey(entity.name) !== key) {
      q(db).insertAlias.run({ entityId, kind: entity.kind, alias: entity.name, matchKey: matchKey(entity.name) });
    }
  })();
}

/**
 * Merges `fromId` into `intoId`: its name and aliases become aliases of the survivor and its
 * tags follow (a summary tagged with both keeps the survivor's tag).
 */
export function mergeEntityInto(db: Database, fromId: number, intoId: number): void {
  if (fromId === intoId) throw new AppError('INVALID_REQUEST', 'An entity cannot be merged into itself.');
  db.transaction(() => {
    const from = getEntity(db, fromId);
    const into = getEntity(db, intoId);
    if (from.kind !== into.kind) {
      throw new AppError('INVALID_REQUEST', `Cannot merge the ${from.kind} ${from.name} into the ${into.kind} ${into.name}.`);
    }
    q(db).moveAliases.run({ from: fromId, into: intoId });
    q(db).moveTags.run({ from: fromId, into: intoId });
    q(db).delete.run(fromId);
    q(db).insertAlias.run({ entityId: intoId, kind: into.kind, alias: from.name, matchKey: matchKey(from.name) });
  })();
}

export function setActorType(db: Database, entityId: number, actorType: ActorType): void {
  if (getEntity(db, entityId).kind !== 'actor') throw new AppError('INVALID_REQUEST', 'Only actors have a type.');
  q(db).setActorType.run({ id: entityId, actorType, now: nowIso() });
}

export function setThemePhrases(db: Database, entityId: number, phrases: string[]): void {
  if (getEntity(db, entityId).kind !== 'theme') throw new AppError('INVALID_REQUEST', 'Only themes have key phrases.');
  const clean = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  q(db).setPhrases.run({ id: entityId, phrases: JSON.stringify(clean), now: nowIso() });
}

/**
 * Entity and alias rows as a bundle merge and its undo write them: names already folded,
 * no alias checks (the merge resolves names itself, share/merge/map-bundle-entities.ts).
 */
export const entityRows = {
  /** A folded name's entity of a kind: by its own name first, then by alias. */
  byKey: (db: Database, kind: EntityKind, key: string): number | undefined => q(db).byKey.get(kind, key)?.id ?? q(db).byAlias.get(kind, key)?.id,
  bySlug: (db: Database, slug: string): number | undefined => q(db).bySlug.get(slug)?.id,
  nameOf: (db: Database, id: number): string | undefined => q(db).nameOf.get(id),
  /** Adds the row under a new id (the bundle's id means nothing here); returns that id. */
  insert: (db: Database, row: Omit<EntityTableRow, 'id'>): number => Number(q(db).insertRow.run(row).lastInsertRowid),
  insertAlias: (db: Database, entityId: number, kind: EntityKind, alias: string, key: string): void => void q(db).insertAliasRow.run(entityId, kind, alias, key),
  deleteAlias: (db: Database, kind: EntityKind, key: string): number => q(db).deleteAliasByKey.run(kind, key).changes,
  delete: (db: Database, id: number): number => q(db).delete.run(id).changes,
};

/** Inserts the seeded theme taxonomy (DESIGN.md) where it is missing; never overwrites user renames. */
export function seedThemes(db: Database): void {
  const insert = q(db).insert;
  db.transaction(() => {
    for (const theme of themes) {
      if (q(db).bySlug.get(theme.id)) continue;
      insert.run({
        kind: 'theme',
        actorType: null,
        name: theme.name,
        matchKey: matchKey(theme.name),
        themeSlug: theme.id,
        phrases: '[]',
        builtin: 1,
        now: nowIso(),
      });
    }
  })();
}
