import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { getEntity, mergeEntityInto } from './entities';
import { statements } from './statements';
import type { Entity } from './types';

/**
 * Merging two entities, undoably. The merge itself is entities.ts mergeEntityInto; before it
 * runs, in the same transaction, this records what it will remove or move: the merged entity's
 * row (id included, so undo gives back the same id), its aliases, its tag rows, and which of
 * its summaries the survivor already tagged (those tags of the merged entity are dropped by the
 * merge and must be put back; the others moved to the survivor and must move back).
 *
 * Undo restores that, in one transaction, as far as the library still allows: a summary since
 * deleted keeps no tag; a tag the user since removed from the survivor is not resurrected.
 */
interface EntityRow {
  id: number;
  kind: string;
  actor_type: string | null;
  name: string;
  match_key: string;
  theme_slug: string | null;
  phrases: string;
  builtin: number;
  created_at: string;
  updated_at: string;
}
interface AliasRow {
  entity_id: number;
  kind: string;
  alias: string;
  match_key: string;
}
interface TagRow {
  summary_id: string;
  entity_id: number;
  role: string;
  confidence: number;
  source: string;
  status: string;
  evidence: string;
  is_primary: number;
}
interface MergeSnapshot {
  entity: EntityRow;
  aliases: AliasRow[];
  tags: TagRow[];
  /** Summaries (of `tags`) the survivor already tagged before the merge. */
  shared: string[];
  /** Whether the merge added the merged name as an alias of the survivor. */
  addedNameAlias: boolean;
}

export interface EntityMerge {
  id: string;
  fromName: string;
  intoId: number;
  createdAt: string;
  undoneAt: string | null;
}

const q = statements((db) => ({
  entityRow: db.prepare<[number], EntityRow>('SELECT * FROM entities WHERE id = ?'),
  aliasRows: db.prepare<[number], AliasRow>('SELECT entity_id, kind, alias, match_key FROM aliases WHERE entity_id = ?'),
  tagRows: db.prepare<[number], TagRow>('SELECT summary_id, entity_id, role, confidence, source, status, evidence, is_primary FROM summary_entities WHERE entity_id = ?'),
  sharedSummaries: db
    .prepare<[number, number], string>('SELECT a.summary_id FROM summary_entities a JOIN summary_entities b ON b.summary_id = a.summary_id AND b.entity_id = ? WHERE a.entity_id = ?')
    .pluck(),
  aliasOwner: db.prepare<[string, string], number>('SELECT entity_id FROM aliases WHERE kind = ? AND match_key = ?').pluck(),
  insertMerge: db.prepare(
    'INSERT INTO entity_merges (id, kind, from_name, into_id, snapshot, created_at) VALUES (@id, @kind, @fromName, @intoId, @snapshot, @createdAt)',
  ),
  merge: db.prepare<[string], { id: string; from_name: string; into_id: number; snapshot: string; created_at: string; undone_at: string | null }>(
    'SELECT id, from_name, into_id, snapshot, created_at, undone_at FROM entity_merges WHERE id = ?',
  ),
  markUndone: db.prepare<[string, string]>('UPDATE entity_merges SET undone_at = ? WHERE id = ?'),
  idTaken: db.prepare<[number], number>('SELECT 1 FROM entities WHERE id = ?').pluck(),
  nameTaken: db.prepare<[string, string], number>('SELECT id FROM entities WHERE kind = ? AND match_key = ?').pluck(),
  insertEntity: db.prepare(
    `INSERT INTO entities (id, kind, actor_type, name, match_key, theme_slug, phrases, builtin, created_at, updated_at)
     VALUES (@id, @kind, @actor_type, @name, @match_key, @theme_slug, @phrases, @builtin, @created_at, @updated_at)`,
  ),
  dropAlias: db.prepare<[number, string]>('DELETE FROM aliases WHERE entity_id = ? AND match_key = ?'),
  moveAliasBack: db.prepare<[number, number, string]>('UPDATE OR IGNORE aliases SET entity_id = ? WHERE entity_id = ? AND match_key = ?'),
  moveTagBack: db.prepare<[number, string, number]>('UPDATE OR IGNORE summary_entities SET entity_id = ? WHERE summary_id = ? AND entity_id = ?'),
  summaryExists: db.prepare<[string], number>('SELECT 1 FROM summaries WHERE id = ?').pluck(),
  insertTag: db.prepare(
    `INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence, is_primary)
     VALUES (@summary_id, @entity_id, @role, @confidence, @source, @status, @evidence, @is_primary)`,
  ),
}));

/** Merges `fromId` into `intoId` (see mergeEntityInto) and returns the id that undoes it. */
export function mergeEntitiesUndoably(db: Database, fromId: number, intoId: number): { mergeId: string; into: Entity } {
  return db.transaction(() => {
    const entity = q(db).entityRow.get(fromId);
    if (!entity) throw new AppError('NOT_FOUND', `No forum, actor or theme has id ${fromId}.`);
    const snapshot: MergeSnapshot = {
      entity,
      aliases: q(db).aliasRows.all(fromId),
      tags: q(db).tagRows.all(fromId),
      shared: q(db).sharedSummaries.all(intoId, fromId),
      addedNameAlias: q(db).aliasOwner.get(entity.kind, entity.match_key) === undefined,
    };
    mergeEntityInto(db, fromId, intoId);
    const mergeId = randomUUID();
    q(db).insertMerge.run({ id: mergeId, kind: entity.kind, fromName: entity.name, intoId, snapshot: JSON.stringify(snapshot), createdAt: new Date().toISOString() });
    return { mergeId, into: getEntity(db, intoId) };
  })();
}

/** Gives the merged entity back, with its aliases and tags; returns it. */
export function undoEntityMerge(db: Database, mergeId: string): Entity {
  return db.transaction(() => {
    const merge = q(db).merge.get(mergeId);
    if (!merge) throw new AppError('NOT_FOUND', 'That merge is not in this library any more; nothing was changed.');
    if (merge.undone_at) throw new AppError('CONFLICT', `The merge of “${merge.from_name}” was already undone.`);
    const snap = JSON.parse(merge.snapshot) as MergeSnapshot;
    const clash = q(db).nameTaken.get(snap.entity.kind, snap.entity.match_key);
    if (clash !== undefined) {
      throw new AppError('CONFLICT', `“${snap.entity.name}” cannot come back: another ${snap.entity.kind} of that name exists now. Rename or merge that one first; nothing was changed.`);
    }
    const survivor = q(db).entityRow.get(merge.into_id);
    // An id since given to a new entity: the merged one comes back under a fresh id.
    const id = q(db).idTaken.get(snap.entity.id) ? undefined : snap.entity.id;
    const restoredId = Number(q(db).insertEntity.run({ ...snap.entity, id: id ?? null }).lastInsertRowid);
    if (survivor) restoreOnto(db, snap, merge.into_id, restoredId);
    q(db).markUndone.run(new Date().toISOString(), mergeId);
    return getEntity(db, restoredId);
  })();
}

function restoreOnto(db: Database, snap: MergeSnapshot, intoId: number, restoredId: number): void {
  if (snap.addedNameAlias) q(db).dropAlias.run(intoId, snap.entity.match_key);
  for (const alias of snap.aliases) q(db).moveAliasBack.run(restoredId, intoId, alias.match_key);
  const shared = new Set(snap.shared);
  for (const tag of snap.tags) {
    if (!q(db).summaryExists.get(tag.summary_id)) continue;
    if (shared.has(tag.summary_id)) {
      // The merge dropped this tag (the survivor had its own): put it back as it was, not primary
      // (the survivor's tag kept that role meanwhile).
      q(db).insertTag.run({ ...tag, entity_id: restoredId, is_primary: 0 });
    } else {
      q(db).moveTagBack.run(restoredId, tag.summary_id, intoId);
    }
  }
}
