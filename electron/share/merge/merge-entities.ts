import type { Database } from 'better-sqlite3';
import { matchKey } from '../../library/match-key';
import { statements } from '../../library/statements';
import type { EntityKind } from '../../library/types';
import type { BundleRow } from '../bundle-format';
import { keyOf, type ImportJournal } from '../../library/import-journal';

export interface EntityMerge {
  kind: EntityKind;
  /** The name the bundle uses. */
  bundleName: string;
  /** The entity it resolved to in this library. */
  localName: string;
  /** Bundle names that became new aliases of the local entity. */
  newAliases: string[];
}

export interface EntityMergeResult {
  /** Bundle entity id -> library entity id. */
  map: Map<number, number>;
  added: number;
  merged: number;
  aliasesAdded: number;
  merges: EntityMerge[];
}

const q = statements((db) => ({
  bySlug: db.prepare<[string], { id: number }>('SELECT id FROM entities WHERE theme_slug = ?'),
  byKey: db.prepare<[string, string], { id: number }>('SELECT id FROM entities WHERE kind = ? AND match_key = ?'),
  byAlias: db.prepare<[string, string], { id: number }>('SELECT entity_id AS id FROM aliases WHERE kind = ? AND match_key = ?'),
  nameOf: db.prepare<[number], { name: string }>('SELECT name FROM entities WHERE id = ?'),
  insert: db.prepare(
    `INSERT INTO entities (kind, actor_type, name, match_key, theme_slug, phrases, builtin, created_at, updated_at)
     VALUES (@kind, @actor_type, @name, @match_key, @theme_slug, @phrases, @builtin, @created_at, @updated_at)`,
  ),
  insertAlias: db.prepare<[number, string, unknown, unknown]>('INSERT INTO aliases (entity_id, kind, alias, match_key) VALUES (?, ?, ?, ?)'),
}));

/** A folded name resolves to at most one entity of a kind: by its own name first, then by alias. */
function resolve(db: Database, kind: string, key: string): number | undefined {
  return q(db).byKey.get(kind, key)?.id ?? q(db).byAlias.get(kind, key)?.id;
}

/**
 * Maps every bundle entity onto this library: a theme by its taxonomy id, anything by its
 * name or by any of its aliases. A match is merged (the bundle's other names become aliases
 * here unless they already name something); no match is added as a new entity. Local names,
 * actor types and key phrases are never changed.
 */
export function mergeEntities(db: Database, entities: BundleRow[], aliases: BundleRow[], journal: ImportJournal): EntityMergeResult {
  const aliasesOf = new Map<number, BundleRow[]>();
  for (const a of aliases) {
    const list = aliasesOf.get(a.entity_id as number) ?? [];
    list.push(a);
    aliasesOf.set(a.entity_id as number, list);
  }
  const result: EntityMergeResult = { map: new Map(), added: 0, merged: 0, aliasesAdded: 0, merges: [] };
  const statementsFor = q(db);

  for (const e of entities) {
    const kind = e.kind as EntityKind;
    const own = aliasesOf.get(e.id as number) ?? [];
    let local = typeof e.theme_slug === 'string' ? statementsFor.bySlug.get(e.theme_slug)?.id : undefined;
    local ??= resolve(db, kind, e.match_key as string);
    for (const a of own) local ??= resolve(db, kind, a.match_key as string);

    if (local === undefined) {
      const info = statementsFor.insert.run({
        kind,
        actor_type: e.actor_type,
        name: e.name,
        match_key: e.match_key,
        theme_slug: e.theme_slug,
        phrases: e.phrases,
        builtin: e.builtin,
        created_at: e.created_at,
        updated_at: e.updated_at,
      });
      const id = Number(info.lastInsertRowid);
      journal.inserted('entity', String(id));
      // Its aliases leave with it on undo (ON DELETE CASCADE), so they need no journal rows.
      for (const a of own) {
        if (resolve(db, kind, a.match_key as string) === undefined) statementsFor.insertAlias.run(id, kind, a.alias, a.match_key);
      }
      result.map.set(e.id as number, id);
      result.added++;
      continue;
    }

    result.map.set(e.id as number, local);
    const newAliases: string[] = [];
    for (const name of [e.name as string, ...own.map((a) => a.alias as string)]) {
      const key = matchKey(name);
      if (!key || resolve(db, kind, key) !== undefined) continue;
      statementsFor.insertAlias.run(local, kind, name, key);
      journal.inserted('alias', keyOf.alias(kind, key));
      newAliases.push(name);
    }
    const localName = statementsFor.nameOf.get(local)!.name;
    if (newAliases.length > 0 || localName !== e.name) {
      result.merged++;
      result.aliasesAdded += newAliases.length;
      result.merges.push({ kind, bundleName: e.name as string, localName, newAliases });
    }
  }
  return result;
}
