import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { BatchedInsert } from './batched-insert';
import { ensureEntity } from './entities';
import { statements } from './statements';
import type { ActorType, EntityKind, Tag, TagInput, TagSource, TagStatus } from './types';

interface TagRow {
  entity_id: number;
  kind: EntityKind;
  name: string;
  actor_type: ActorType | null;
  theme_slug: string | null;
  confidence: number;
  source: TagSource;
  status: TagStatus;
  evidence: string;
  is_primary: 0 | 1;
}

const q = statements((db) => ({
  of: db.prepare<[string], TagRow>(
    `SELECT se.entity_id, e.kind, e.name, e.actor_type, e.theme_slug, se.confidence, se.source, se.status, se.evidence, se.is_primary
     FROM summary_entities se JOIN entities e ON e.id = se.entity_id
     WHERE se.summary_id = ? ORDER BY e.kind, se.is_primary DESC, se.confidence DESC, e.name`,
  ),
  one: db.prepare<[string, number], { source: TagSource; status: TagStatus }>(
    'SELECT source, status FROM summary_entities WHERE summary_id = ? AND entity_id = ?',
  ),
  upsertExtracted: db.prepare(
    `INSERT INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence, is_primary)
     VALUES (@summaryId, @entityId, @role, @confidence, @source, @status, @evidence, @isPrimary)
     ON CONFLICT (summary_id, entity_id) DO UPDATE SET
       confidence = excluded.confidence, evidence = excluded.evidence, is_primary = excluded.is_primary
     WHERE summary_entities.source = 'extracted' AND summary_entities.status = 'suggested'`,
  ),
  hasPrimary: db.prepare<[string], number>('SELECT 1 FROM summary_entities WHERE summary_id = ? AND is_primary = 1 LIMIT 1').pluck(),
  forumTag: db.prepare<[string, number], { status: TagStatus }>(
    "SELECT status FROM summary_entities WHERE summary_id = ? AND entity_id = ? AND role = 'forum'",
  ),
  clearPrimary: db.prepare<[string]>('UPDATE summary_entities SET is_primary = 0 WHERE summary_id = ? AND is_primary = 1'),
  makePrimary: db.prepare<[string, number]>(
    "UPDATE summary_entities SET is_primary = 1, status = 'accepted' WHERE summary_id = ? AND entity_id = ?",
  ),
  // A rejected forum cannot stay the primary one.
  setStatus: db.prepare(
    `UPDATE summary_entities SET status = @status, is_primary = CASE WHEN @status = 'rejected' THEN 0 ELSE is_primary END
     WHERE summary_id = @summaryId AND entity_id = @entityId`,
  ),
  acceptSuggested: db.prepare<[string]>("UPDATE summary_entities SET status = 'accepted' WHERE summary_id = ? AND status = 'suggested'"),
  deleteOne: db.prepare<[string, number]>('DELETE FROM summary_entities WHERE summary_id = ? AND entity_id = ?'),
  deleteUndecided: db.prepare<[string]>(
    "DELETE FROM summary_entities WHERE summary_id = ? AND source = 'extracted' AND status = 'suggested'",
  ),
}));

export function tagsOf(db: Database, summaryId: string): Tag[] {
  return q(db)
    .of.all(summaryId)
    .map((row) => ({
      entityId: row.entity_id,
      kind: row.kind,
      name: row.name,
      actorType: row.actor_type,
      themeSlug: row.theme_slug,
      confidence: row.confidence,
      source: row.source,
      status: row.status,
      evidence: JSON.parse(row.evidence) as Array<[number, number]>,
      isPrimary: row.is_primary === 1,
    }));
}

/**
 * Attaches tags to a summary, resolving names through entities and aliases. A tag the user
 * already decided on (added, accepted or rejected) is left exactly as the user left it.
 * Call inside the caller's transaction.
 */
export function applyTags(db: Database, summaryId: string, tags: readonly TagInput[]): void {
  // A primary forum the user chose (or one already there) stands; a new one only fills a gap.
  let primaryTaken = tags.some((t) => t.isPrimary) && q(db).hasPrimary.get(summaryId) !== undefined;
  for (const tag of tags) {
    const isPrimary = tag.kind === 'forum' && tag.isPrimary === true && !primaryTaken;
    if (isPrimary) primaryTaken = true;
    const entityId = tag.entityId ?? ensureEntity(db, { kind: tag.kind, name: tag.name, actorType: tag.actorType, themeSlug: tag.themeSlug });
    const source = tag.source ?? 'extracted';
    q(db).upsertExtracted.run({
      summaryId,
      entityId,
      role: tag.kind,
      confidence: Math.min(1, Math.max(0, tag.confidence ?? 1)),
      source,
      status: tag.status ?? (source === 'user' ? 'accepted' : 'suggested'),
      evidence: JSON.stringify(tag.evidence ?? []),
      isPrimary: isPrimary ? 1 : 0,
    });
  }
}

/**
 * The user names the forum the meeting took place in: it becomes the summary's only primary
 * forum and, being a decision, an accepted tag that re-extraction leaves alone.
 */
export function setPrimaryForum(db: Database, summaryId: string, entityId: number): void {
  db.transaction(() => {
    const tag = q(db).forumTag.get(summaryId, entityId);
    if (!tag) throw new AppError('NOT_FOUND', 'That forum is not tagged on this summary: add it first, then make it the primary forum.');
    if (tag.status === 'rejected') throw new AppError('INVALID_REQUEST', 'That forum was removed from this summary: add it again before making it the primary forum.');
    q(db).clearPrimary.run(summaryId);
    q(db).makePrimary.run(summaryId, entityId);
  })();
}

/**
 * Replaces the extraction's suggestions after a re-extraction: undecided suggestions are
 * dropped and the new ones applied, while user decisions stay untouched.
 */
export function replaceExtractedTags(db: Database, summaryId: string, tags: readonly TagInput[]): void {
  db.transaction(() => {
    q(db).deleteUndecided.run(summaryId);
    applyTags(db, summaryId, tags.map((t) => ({ ...t, source: 'extracted' as const, status: 'suggested' as const })));
  })();
}

/** The user adds a tag by name (an existing entity or alias, or a new one). */
export function addUserTag(
  db: Database,
  summaryId: string,
  tag: { kind: EntityKind; name: string; actorType?: ActorType },
): void {
  db.transaction(() => {
    const entityId = ensureEntity(db, tag);
    const existing = q(db).one.get(summaryId, entityId);
    if (existing) {
      q(db).setStatus.run({ summaryId, entityId, status: 'accepted' });
      return;
    }
    applyTags(db, summaryId, [{ ...tag, source: 'user', status: 'accepted', confidence: 1 }]);
  })();
}

/** Accepts or rejects a suggestion; a rejected tag is kept (hidden) so re-extraction won't bring it back. */
export function decideTag(db: Database, summaryId: string, entityId: number, status: 'accepted' | 'rejected'): void {
  const existing = q(db).one.get(summaryId, entityId);
  if (!existing) throw new AppError('NOT_FOUND', 'That tag is not on this summary.');
  q(db).setStatus.run({ summaryId, entityId, status });
}

/** Accepts every suggestion on the summary at once, in one transaction; returns how many. */
export function acceptSuggestedTags(db: Database, summaryId: string): number {
  return db.transaction(() => q(db).acceptSuggested.run(summaryId).changes)();
}

/** Removes a tag. An extracted tag is remembered as rejected; a user's own tag is deleted. */
export function removeTag(db: Database, summaryId: string, entityId: number): void {
  const existing = q(db).one.get(summaryId, entityId);
  if (!existing) throw new AppError('NOT_FOUND', 'That tag is not on this summary.');
  if (existing.source === 'extracted') q(db).setStatus.run({ summaryId, entityId, status: 'rejected' });
  else q(db).deleteOne.run(summaryId, entityId);
}

/** A `summary_entities` row exactly as stored (and as a bundle carries it; before schema 40 without is_primary). */
export interface TagTableRow {
  summary_id: string;
  entity_id: number;
  role: EntityKind;
  confidence: number;
  source: TagSource;
  status: TagStatus;
  evidence: string;
  is_primary?: 0 | 1;
}

const rows = statements((db) => ({
  row: db.prepare<[string, number], TagTableRow>('SELECT * FROM summary_entities WHERE summary_id = ? AND entity_id = ?'),
  // Whether the tag is there and decided, without building the whole row (re-imports ask 80,000 times).
  decided: db.prepare<[string, number], number>(
    `SELECT source = 'user' OR status <> 'suggested' FROM summary_entities WHERE summary_id = ? AND entity_id = ?`,
  ).pluck(),
  insert: db.prepare<[string, number, EntityKind, number, TagSource, TagStatus, string]>(
    `INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  // A merge takes their decision; an undo puts the before-image back. The primary forum stays.
  setDecision: db.prepare<[TagTableRow]>(
    `UPDATE summary_entities SET role = @role, confidence = @confidence, source = @source, status = @status, evidence = @evidence
     WHERE summary_id = @summary_id AND entity_id = @entity_id`,
  ),
  delete: db.prepare<[string, number]>('DELETE FROM summary_entities WHERE summary_id = ? AND entity_id = ?'),
  entityInUse: db.prepare<[number], number>('SELECT 1 FROM summary_entities WHERE entity_id = ? LIMIT 1').pluck(),
}));

/** Tag rows one by one, as a bundle merge and its undo write them (ids already mapped to this library). */
export const tagRows = {
  get: (db: Database, summaryId: string, entityId: number) => rows(db).row.get(summaryId, entityId),
  /** undefined: no such tag; else whether a user added or decided it. */
  isDecided: (db: Database, summaryId: string, entityId: number): boolean | undefined => {
    const decided = rows(db).decided.get(summaryId, entityId);
    return decided === undefined ? undefined : decided === 1;
  },
  /** Adds the tag unless the summary has it; false when it had. Never primary: the primary forum chosen here stands. */
  insert: (db: Database, t: TagTableRow): boolean =>
    rows(db).insert.run(t.summary_id, t.entity_id, t.role, t.confidence, t.source, t.status, t.evidence).changes > 0,
  setDecision: (db: Database, t: TagTableRow): number => rows(db).setDecision.run(t).changes,
  delete: (db: Database, summaryId: string, entityId: number): number => rows(db).delete.run(summaryId, entityId).changes,
  entityInUse: (db: Database, entityId: number): boolean => rows(db).entityInUse.get(entityId) !== undefined,
};

/**
 * Tags of summaries a merge just added, 64 rows to a statement (nothing can be there yet;
 * 80,000 one-row statements cost ~0.3 s more for a 10,000-summary bundle). They keep their
 * primary forum. Call flush() before reading them back, `changes` counts what went in.
 */
export function newTagBatch(db: Database): { add(t: TagTableRow, summaryId: string, entityId: number): void; flush(): void; readonly changes: number } {
  const batch = new BatchedInsert(db, 'INSERT OR IGNORE INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence, is_primary)', 8);
  return {
    // The ids come apart from the row: a bundle's row keeps its own, 80,000 copies are not made.
    add: (t, summaryId, entityId) => batch.add(summaryId, entityId, t.role, t.confidence, t.source, t.status, t.evidence, t.is_primary ?? 0),
    flush: () => batch.flush(),
    get changes() {
      return batch.changes;
    },
  };
}
