import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { nowIso, statements } from './statements';

/**
 * The `imports` row of a batch of files: provenance for the summaries it added (their
 * origin_import_id) with the batch's counts. Bundle imports (share/) write their own rows.
 */
const q = statements((db) => ({
  insert: db.prepare(
    `INSERT INTO imports (id, kind, label, stats, created_at) VALUES (@id, 'files', @label, @stats, @createdAt)`,
  ),
  setStats: db.prepare<[string, string]>("UPDATE imports SET stats = ? WHERE id = ? AND kind = 'files'"),
  delete: db.prepare<[string]>("DELETE FROM imports WHERE id = ? AND kind = 'files'"),
}));

export interface FileImportStats {
  added: number;
  duplicates: number;
  refused: number;
}

export function startFileImport(db: Database, label: string): string {
  const id = randomUUID();
  q(db).insert.run({ id, label: label.slice(0, 500), stats: '{}', createdAt: nowIso() });
  return id;
}

/** Records the batch's counts; a batch that added nothing leaves no row behind. */
export function finishFileImport(db: Database, id: string, stats: FileImportStats): void {
  if (stats.added === 0) q(db).delete.run(id);
  else q(db).setStats.run(JSON.stringify(stats), id);
}
