import Database, { type Database as DB } from 'better-sqlite3';
import { migrate } from '../library/migrate';
import { MIGRATIONS } from '../library/migrate';
import { sqliteOptions } from '../library/native-binding';
import { CONTENT_TABLES, LOCAL_ONLY_COLUMNS, MANIFEST_SQL, type ContentTable } from './bundle-format';

export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * Turns a freshly migrated database into a bundle's schema: the library's tables exactly as
 * the migrations made them, without triggers and virtual tables (the FTS index is rebuilt by
 * the receiving library's own triggers), plus the manifest table.
 */
function shapeAsBundle(db: DB): void {
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[];
  for (const name of triggers) db.exec(`DROP TRIGGER "${name.replace(/"/g, '""')}"`);
  const virtual = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  for (const name of virtual) db.exec(`DROP TABLE "${name.replace(/"/g, '""')}"`);
  db.exec(MANIFEST_SQL);
}

/** Builds an empty bundle schema at schema version `version` in `db` (all migrations by default). */
export function createBundleSchema(db: DB, version?: number): void {
  migrate(db, version === undefined ? {} : { upTo: version });
  shapeAsBundle(db);
}

export function readSchema(db: DB): SchemaEntry[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaEntry[];
}

interface ExpectedSchema {
  entries: SchemaEntry[];
  columns: Record<ContentTable, string[]>;
  localOnlyTables: string[];
}

const expectedByVersion = new Map<number, ExpectedSchema>();

/** The schema versions a bundle may declare: one per migration this app knows. */
export function knownSchemaVersions(): number[] {
  return MIGRATIONS.map((m) => m.version);
}

/** What a bundle at `version` must look like, built by running our own migrations in memory. */
export function expectedSchema(version: number): ExpectedSchema {
  const cached = expectedByVersion.get(version);
  if (cached) return cached;
  const db = new Database(':memory:', sqliteOptions());
  try {
    createBundleSchema(db, version);
    const columns = {} as Record<ContentTable, string[]>;
    for (const { table } of CONTENT_TABLES) {
      const skip: readonly string[] = LOCAL_ONLY_COLUMNS[table] ?? [];
      const names = (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name);
      columns[table] = names.filter((n) => !skip.includes(n));
    }
    const entries = readSchema(db);
    // Every other library table (imports, the journal, queues) describes the sender's library: it must be empty.
    const content = new Set<string>([...CONTENT_TABLES.map((t) => t.table), 'manifest']);
    const localOnlyTables = entries.filter((e) => e.type === 'table' && !content.has(e.name)).map((e) => e.name);
    const expected = { entries, columns, localOnlyTables };
    expectedByVersion.set(version, expected);
    return expected;
  } finally {
    db.close();
  }
}

/**
 * Compares a bundle's schema with the allow-list and says what differs, in words a person can
 * act on; undefined when it matches exactly (same objects, same SQL text).
 */
export function schemaDifference(actual: SchemaEntry[], expected: SchemaEntry[]): string | undefined {
  const planted = plantedObject(actual);
  if (planted) return planted;
  const key = (e: SchemaEntry) => `${e.type} ${e.name}`;
  const want = new Map(expected.map((e) => [key(e), e]));
  const have = new Map(actual.map((e) => [key(e), e]));
  for (const [k, e] of have) {
    if (!want.has(k)) return `it has an unexpected ${e.type} "${clip(e.name)}"`;
  }
  for (const [k, e] of want) {
    const got = have.get(k);
    if (!got) return `the ${e.type} "${e.name}" is missing`;
    if (got.sql !== e.sql || got.tbl_name !== e.tbl_name) return `the ${e.type} "${e.name}" is not defined as this app defines it`;
  }
  return undefined;
}

/** Views, triggers and virtual tables: objects that run code when a table is read or written. */
export function plantedObject(actual: SchemaEntry[]): string | undefined {
  const planted = actual.find((e) => e.type === 'view' || e.type === 'trigger');
  if (planted) return `it contains a ${planted.type} ("${clip(planted.name)}"), which bundles never have`;
  const virtual = actual.find((e) => e.type === 'table' && /^\s*CREATE\s+VIRTUAL/i.test(e.sql ?? ''));
  if (virtual) return `it contains a virtual table ("${clip(virtual.name)}"), which bundles never have`;
  return undefined;
}

function clip(text: string): string {
  const flat = text.replace(/[\u0000-\u001f]+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
