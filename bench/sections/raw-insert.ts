import type { Database } from 'better-sqlite3';
import { nowMs } from '../timing';

/**
 * The limit for import: inserting rows that are already final (summaries with their FTS
 * entries via the schema triggers, and their tags) with prepared statements in one
 * transaction. The rows are read back from a library the app filled, so both sides write
 * exactly the same data.
 */

interface Snapshot {
  imports: Array<Record<string, unknown>>;
  entities: Array<Record<string, unknown>>;
  summaries: Array<Record<string, unknown>>;
  tags: Array<Record<string, unknown>>;
}

export function snapshotRows(db: Database): Snapshot {
  return {
    imports: db.prepare('SELECT * FROM imports').all() as Array<Record<string, unknown>>,
    entities: db.prepare('SELECT * FROM entities ORDER BY id').all() as Array<Record<string, unknown>>,
    summaries: db.prepare('SELECT * FROM summaries ORDER BY seq').all() as Array<Record<string, unknown>>,
    tags: db.prepare('SELECT * FROM summary_entities').all() as Array<Record<string, unknown>>,
  };
}

function insertAll(db: Database, table: string, rows: Array<Record<string, unknown>>): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  for (const row of rows) stmt.run(row);
}

/** Inserts the snapshot into an empty library; returns the milliseconds of the timed part. */
export function rawInsert(db: Database, snap: Snapshot): number {
  // Entities and import records (which summaries point at) are set-up, not timed.
  db.transaction(() => {
    db.prepare('DELETE FROM entities').run();
    insertAll(db, 'entities', snap.entities);
    insertAll(db, 'imports', snap.imports);
  })();
  const start = nowMs();
  db.transaction(() => {
    insertAll(db, 'summaries', snap.summaries);
    insertAll(db, 'summary_entities', snap.tags);
  })();
  return nowMs() - start;
}
