import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { nowIso, statements } from './statements';
import type { ImportRecord } from './types';

/**
 * The `imports` table and its `import_journal`: where rows came from (a batch of files, or a
 * shared-library bundle) and, for a bundle, every change it made, so it can be undone.
 */

/** An `imports` row exactly as stored. */
export interface ImportRow {
  id: string;
  kind: 'files' | 'bundle';
  label: string;
  bundle_checksum: string | null;
  exported_by: string | null;
  stats: string;
  created_at: string;
  undone_at: string | null;
}

/** An `import_journal` row exactly as stored. */
export interface JournalRow {
  step: number;
  action: 'insert' | 'update';
  target: 'summary' | 'entity' | 'alias' | 'tag' | 'book';
  row_key: string;
  before_image: string | null;
  after_hash: string | null;
}

export interface FileImportStats {
  added: number;
  duplicates: number;
  refused: number;
}

const q = statements((db) => ({
  insertFiles: db.prepare<[{ id: string; label: string; createdAt: string }]>(
    `INSERT INTO imports (id, kind, label, stats, created_at) VALUES (@id, 'files', @label, '{}', @createdAt)`,
  ),
  insertBundle: db.prepare<[{ id: string; label: string; checksum: string; exportedBy: string; createdAt: string }]>(
    `INSERT INTO imports (id, kind, label, bundle_checksum, exported_by, stats, created_at)
     VALUES (@id, 'bundle', @label, @checksum, @exportedBy, '{}', @createdAt)`,
  ),
  setStats: db.prepare<[string, string]>('UPDATE imports SET stats = ? WHERE id = ?'),
  deleteFiles: db.prepare<[string]>("DELETE FROM imports WHERE id = ? AND kind = 'files'"),
  markUndone: db.prepare<[string, string]>('UPDATE imports SET undone_at = ? WHERE id = ?'),
  byId: db.prepare<[string], ImportRow>('SELECT * FROM imports WHERE id = ?'),
  list: db.prepare<[number], ImportRow>('SELECT * FROM imports ORDER BY created_at DESC, rowid DESC LIMIT ?'),
  // Imports not undone, made after this one, that journalled a change to a row this one did.
  laterOnSameRows: db.prepare<[{ id: string; createdAt: string }], Pick<ImportRow, 'id' | 'label' | 'created_at'>>(
    `SELECT DISTINCT i.id, i.label, i.created_at FROM import_journal mine
     JOIN import_journal other ON other.target = mine.target AND other.row_key = mine.row_key AND other.import_id <> mine.import_id
     JOIN imports i ON i.id = other.import_id
     WHERE mine.import_id = @id AND i.undone_at IS NULL
       AND (i.created_at > @createdAt OR (i.created_at = @createdAt AND i.rowid > (SELECT rowid FROM imports WHERE id = @id)))`,
  ),
  journalNewestFirst: db.prepare<[string], JournalRow>('SELECT * FROM import_journal WHERE import_id = ? ORDER BY step DESC'),
}));

export function startFileImport(db: Database, label: string): string {
  const id = randomUUID();
  q(db).insertFiles.run({ id, label: label.slice(0, 500), createdAt: nowIso() });
  return id;
}

/** Records the batch's counts; a batch that added nothing leaves no row behind. */
export function finishFileImport(db: Database, id: string, stats: FileImportStats): void {
  if (stats.added === 0) q(db).deleteFiles.run(id);
  else q(db).setStats.run(JSON.stringify(stats), id);
}

export function startBundleImport(db: Database, bundle: { label: string; checksum: string; exportedBy: string }): string {
  const id = randomUUID();
  q(db).insertBundle.run({ id, label: bundle.label.slice(0, 300), checksum: bundle.checksum, exportedBy: bundle.exportedBy, createdAt: nowIso() });
  return id;
}

export function setImportStats(db: Database, id: string, stats: object): void {
  q(db).setStats.run(JSON.stringify(stats), id);
}

export function markImportUndone(db: Database, id: string): void {
  q(db).markUndone.run(nowIso(), id);
}

export function importRow(db: Database, id: string): ImportRow | undefined {
  return q(db).byId.get(id);
}

export function listImports(db: Database, limit = 200): ImportRecord[] {
  return q(db)
    .list.all(limit)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      bundleChecksum: r.bundle_checksum,
      exportedBy: r.exported_by,
      stats: JSON.parse(r.stats) as Record<string, unknown>,
      createdAt: r.created_at,
      undoneAt: r.undone_at,
    }));
}

/** Later imports, still in place, that changed rows this import brought in (they must be undone first). */
export function laterImportsOnSameRows(db: Database, record: ImportRow): Array<Pick<ImportRow, 'id' | 'label' | 'created_at'>> {
  return q(db).laterOnSameRows.all({ id: record.id, createdAt: record.created_at });
}

/** The import's journal, last change first (the order an undo walks it). */
export function journalNewestFirst(db: Database, importId: string): JournalRow[] {
  return q(db).journalNewestFirst.all(importId);
}
