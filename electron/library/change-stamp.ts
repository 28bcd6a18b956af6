import type { Database } from 'better-sqlite3';
import { statements } from './statements';

/**
 * A stamp of the library's state as one connection sees it: it changes whenever anything was
 * written since, by this connection (`total_changes()`) or by another one (`PRAGMA
 * data_version`, which ignores this connection's own writes). In-memory copies of library
 * data (the search index, an import's entity index) compare stamps to know they are stale.
 */
const q = statements((db) => ({
  dataVersion: db.prepare('PRAGMA data_version').pluck(),
  totalChanges: db.prepare('SELECT total_changes()').pluck(),
}));

export function changeStamp(db: Database): string {
  return `${String(q(db).dataVersion.get())}:${String(q(db).totalChanges.get())}`;
}
