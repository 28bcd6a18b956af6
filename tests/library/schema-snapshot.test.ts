import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../electron/library/migrate';

// Guards the rule "a shipped migration is never edited": each migration's text is pinned by
// hash, and the schema all migrations produce is pinned as a snapshot. Adding a migration:
// run with UPDATE_SCHEMA_SNAPSHOT=1 once; it records the new hash and schema, but refuses to
// re-pin a migration whose text changed.
const SNAPSHOT = join(__dirname, 'schema-snapshot.json');

interface Snapshot {
  migrations: Record<string, string>;
  schema: Array<{ type: string; name: string; sql: string | null }>;
}

function currentSchema(): Snapshot['schema'] {
  const db = new Database(':memory:');
  migrate(db);
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Snapshot['schema'];
  db.close();
  return rows.map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, ' ').trim() ?? null }));
}

function migrationHashes(): Record<string, string> {
  return Object.fromEntries(MIGRATIONS.map((m) => [m.name, createHash('sha256').update(m.sql).digest('hex')]));
}

describe('schema snapshot', () => {
  const stored: Snapshot | undefined = existsSync(SNAPSHOT) ? JSON.parse(readFileSync(SNAPSHOT, 'utf8')) : undefined;

  it('never edits a shipped migration', () => {
    expect(stored, 'tests/library/schema-snapshot.json is missing').toBeDefined();
    const hashes = migrationHashes();
    for (const [name, hash] of Object.entries(stored!.migrations)) {
      expect(hashes[name], `migration ${name} was removed`).toBeDefined();
      expect(hashes[name], `migration ${name} was edited after it shipped; add a new migration instead`).toBe(hash);
    }
  });

  it('produces the recorded schema', () => {
    const schema = currentSchema();
    const hashes = migrationHashes();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      for (const [name, hash] of Object.entries(stored?.migrations ?? {})) {
        if (hashes[name] !== hash) throw new Error(`Refusing to re-pin edited migration ${name}`);
      }
      writeFileSync(SNAPSHOT, `${JSON.stringify({ migrations: hashes, schema }, null, 2)}\n`);
    }
    const pinned: Snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
    expect(Object.keys(pinned.migrations), 'a migration was added without updating the snapshot').toEqual(Object.keys(hashes));
    expect(schema).toEqual(pinned.schema);
  });
});
