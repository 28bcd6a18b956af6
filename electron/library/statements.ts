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
