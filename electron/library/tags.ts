import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
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
}

const q = statements((db) => ({
  of: db.prepare<[string], TagRow>(
    `SELECT se.entity_id, e.kind, e.name, e.actor_type, e.theme_slug, se.confidence, se.source, se.status, se.evidence
     FROM summary_entities se JOIN entities e ON e.id = se.entity_id
     WHERE se.summary_id = ? ORDER BY e.kind, se.confidence DESC, e.name`,
  ),
  one: db.prepare<[string, number], { source: TagSource; status: TagStatus }>(
    'SELECT source, status FROM summary_entities WHERE summary_id = ? AND entity_id = ?',
  ),
  upsertExtracted: db.prepare(
    `INSERT INTO summary_entities (summary_id, entity_id, role, confidence, source, status, evidence)
     VALUES (@summaryId, @entityId, @role, @confidence, @source, @status, @evidence)
     ON CONFLICT (summary_id, entity_id) DO UPDATE SET
       confidence = excluded.confidence, evidence = excluded.evidence
     WHERE summary_entities.source = 'extracted' AND summary_entities.status = 'suggested'`,
  ),
  setStatus: db.prepare('UPDATE summary_entities SET status = @status WHERE summary_id = @summaryId AND entity_id = @entityId'),
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
    }));
}

/**
 * Attaches tags to a summary, resolving names through entities and aliases. A tag the user
 * already decided on (added, accepted or rejected) is left exactly as the user left it.
 * Call inside the caller's transaction.
 */
export function applyTags(db: Database, summaryId: string, tags: readonly TagInput[]): void {
  for (const tag of tags) {
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
    });
  }
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

/** Removes a tag. An extracted tag is remembered as rejected; a user's own tag is deleted. */
export function removeTag(db: Database, summaryId: string, entityId: number): void {
  const existing = q(db).one.get(summaryId, entityId);
  if (!existing) throw new AppError('NOT_FOUND', 'That tag is not on this summary.');
  if (existing.source === 'extracted') q(db).setStatus.run({ summaryId, entityId, status: 'rejected' });
  else q(db).deleteOne.run(summaryId, entityId);
}
