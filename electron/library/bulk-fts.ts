import type { Database } from 'better-sqlite3';

// The full-text index is kept by per-row triggers (migration 0010). For a bundle of thousands
// of summaries, one INSERT…SELECT into FTS5 is 2-3x faster than firing the trigger per row,
// so a merge or an undo may set the trigger aside inside its own transaction and do its work
// in bulk. Only when the trigger is exactly the one this code knows: if a later migration
// changes the index, the fast path steps aside and the trigger does the work as usual.
const KNOWN = {
  insert: {
    name: 'summaries_fts_after_insert',
    sql: `CREATE TRIGGER summaries_fts_after_insert AFTER INSERT ON summaries BEGIN INSERT INTO summaries_fts (rowid, title, body, key_points, notes) VALUES (new.seq, new.title, new.body, new.key_points, new.notes); END`,
  },
  delete: {
    name: 'summaries_fts_after_delete',
    sql: `CREATE TRIGGER summaries_fts_after_delete AFTER DELETE ON summaries BEGIN INSERT INTO summaries_fts (summaries_fts, rowid, title, body, key_points, notes) VALUES ('delete', old.seq, old.title, old.body, old.key_points, old.notes); END`,
  },
} as const;

const squash = (sql: string) => sql.replace(/\s+/g, ' ').replace(/\s*;\s*END$/, '; END').trim();

/** Drops the trigger if it is the known one; returns its exact stored SQL to recreate it, or undefined. */
function setAside(db: Database, which: keyof typeof KNOWN): string | undefined {
  if (!db.inTransaction) throw new Error('bulk FTS maintenance must run inside the caller’s transaction');
  const stored = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(KNOWN[which].name) as
    | string
    | undefined;
  if (!stored || squash(stored) !== KNOWN[which].sql) return undefined;
  db.exec(`DROP TRIGGER ${KNOWN[which].name}`);
  return stored;
}

/**
 * Call before inserting summaries; call the returned function after the last insert (in the
 * same transaction) to index every summary inserted since, and put the trigger back.
 */
export function deferFtsInserts(db: Database): (options?: { skipIndexing?: boolean }) => void {
  const maxSeq = db.prepare('SELECT coalesce(max(seq), 0) FROM summaries').pluck().get() as number;
  const stored = setAside(db, 'insert');
  return (options = {}) => {
    if (!stored) return;
    if (!options.skipIndexing) {
      db.prepare(
        `INSERT INTO summaries_fts (rowid, title, body, key_points, notes)
         SELECT seq, title, body, key_points, notes FROM summaries WHERE seq > ? ORDER BY seq`,
      ).run(maxSeq);
    }
    db.exec(stored);
  };
}

/**
 * Deletes the given summaries, removing their index entries in one statement first. Ids are
 * staged in a temp table so the statements stay the same whatever their number.
 */
export function deleteSummariesInBulk(db: Database, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_delete_ids (id TEXT PRIMARY KEY) WITHOUT ROWID');
  db.exec('DELETE FROM temp.bulk_delete_ids');
  const stage = db.prepare('INSERT OR IGNORE INTO temp.bulk_delete_ids (id) VALUES (?)');
  for (const id of ids) stage.run(id);
  const stored = setAside(db, 'delete');
  if (stored) {
    db.exec(
      `INSERT INTO summaries_fts (summaries_fts, rowid, title, body, key_points, notes)
       SELECT 'delete', seq, title, body, key_points, notes FROM summaries WHERE id IN (SELECT id FROM temp.bulk_delete_ids)`,
    );
  }
  const removed = db.prepare('DELETE FROM summaries WHERE id IN (SELECT id FROM temp.bulk_delete_ids)').run().changes;
  if (stored) db.exec(stored);
  db.exec('DELETE FROM temp.bulk_delete_ids');
  return removed;
}
