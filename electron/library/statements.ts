import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepares each module's named statements once per connection. Usage:
 *
 *   const q = statements((db) => ({ byId: db.prepare('SELECT … WHERE id = ?') }));
 *   q(db).byId.get(id);
 */
export function statements<T extends Record<string, Statement>>(prepare: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = prepare(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * A stamp of the library's state as one connection sees it: it changes whenever anything was
 * written since, by this connection (`total_changes()`) or by another one (`PRAGMA
 * data_version`, which ignores this connection's own writes). In-memory copies of library
 * data (the search index, an import's entity index) compare stamps to know they are stale.
 */
const stamps = statements((db) => ({
  dataVersion: db.prepare('PRAGMA data_version').pluck(),
  totalChanges: db.prepare('SELECT total_changes()').pluck(),
}));

export function changeStamp(db: Database): string {
  return `${String(stamps(db).dataVersion.get())}:${String(stamps(db).totalChanges.get())}`;
}
