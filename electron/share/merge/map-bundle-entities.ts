import type { Database } from 'better-sqlite3';
import { type AliasTableRow, entityRows, type EntityTableRow, matchKey } from '../../library/entities';
import { keyOf, type ImportJournal } from '../../library/import-journal';
import type { EntityMerge } from '../share-types';

export interface EntityMapping {
  /** Bundle entity id -> library entity id. */
  map: Map<number, number>;
  added: number;
  merged: number;
  aliasesAdded: number;
  merges: EntityMerge[];
}

/**
 * Maps every bundle entity onto this library: a theme by its taxonomy id, anything by its
 * name or by any of its aliases. A match is merged (the bundle's other names become aliases
 * here unless they already name something); no match is added as a new entity. Local names,
 * actor types and key phrases are never changed.
 */
export function mapBundleEntities(db: Database, entities: EntityTableRow[], aliases: AliasTableRow[], journal: ImportJournal): EntityMapping {
  const aliasesOf = new Map<number, AliasTableRow[]>();
  for (const a of aliases) {
    const list = aliasesOf.get(a.entity_id) ?? [];
    list.push(a);
    aliasesOf.set(a.entity_id, list);
  }
  const result: EntityMapping = { map: new Map(), added: 0, merged: 0, aliasesAdded: 0, merges: [] };
  for (const e of entities) {
    const own = aliasesOf.get(e.id) ?? [];
    const local = localEntityOf(db, e, own);
    if (local === undefined) {
      result.map.set(e.id, addBundleEntity(db, e, own, journal));
      result.added++;
      continue;
    }
    result.map.set(e.id, local);
    const merge = addNamesAsAliases(db, e, own, local, journal);
    if (merge) {
      result.merged++;
      result.aliasesAdded += merge.newAliases.length;
      result.merges.push(merge);
    }
  }
  return result;
}

/** The library entity a bundle entity stands for: its theme id, its name, or one of its aliases. */
function localEntityOf(db: Database, e: EntityTableRow, own: AliasTableRow[]): number | undefined {
  let local = e.theme_slug !== null ? entityRows.bySlug(db, e.theme_slug) : undefined;
  local ??= entityRows.byKey(db, e.kind, e.match_key);
  for (const a of own) local ??= entityRows.byKey(db, e.kind, a.match_key);
  return local;
}

function addBundleEntity(db: Database, e: EntityTableRow, own: AliasTableRow[], journal: ImportJournal): number {
  const { id: _bundleId, ...row } = e;
  const id = entityRows.insert(db, row);
  journal.inserted('entity', String(id));
  // Its aliases leave with it on undo (ON DELETE CASCADE), so they need no journal rows.
  for (const a of own) {
    if (entityRows.byKey(db, e.kind, a.match_key) === undefined) entityRows.insertAlias(db, id, e.kind, a.alias, a.match_key);
  }
  return id;
}

/** The bundle's names for a matched entity become aliases here (those that name nothing yet). */
function addNamesAsAliases(db: Database, e: EntityTableRow, own: AliasTableRow[], local: number, journal: ImportJournal): EntityMerge | undefined {
  const newAliases: string[] = [];
  for (const name of [e.name, ...own.map((a) => a.alias)]) {
    const key = matchKey(name);
    if (!key || entityRows.byKey(db, e.kind, key) !== undefined) continue;
    entityRows.insertAlias(db, local, e.kind, name, key);
    journal.inserted('alias', keyOf.alias(e.kind, key));
    newAliases.push(name);
  }
  const localName = entityRows.nameOf(db, local)!;
  return newAliases.length > 0 || localName !== e.name ? { kind: e.kind, bundleName: e.name, localName, newAliases } : undefined;
}
