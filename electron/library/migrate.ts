import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import init0010 from './migrations/0010-init.sql?raw';
import importJournal0020 from './migrations/0020-import-journal.sql?raw';
import ftsPrefixIndex0030 from './migrations/0030-fts-prefix-index.sql?raw';
import extractionEvidence0040 from './migrations/0040-extraction-evidence.sql?raw';
import bookExportVersion0050 from './migrations/0050-book-export-version.sql?raw';
import scriptSearch0060 from './migrations/0060-script-search.sql?raw';
import bookBriefing0070 from './migrations/0070-book-briefing.sql?raw';
import entityMerges0090 from './migrations/0090-entity-merges.sql?raw';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Every migration, in order. Versions leave gaps (multiples of 10) so that a fix can slot
 * in. A shipped migration is never edited: tests/library/schema-snapshot.test.ts guards it.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: '0010-init', sql: init0010 },
  { version: 20, name: '0020-import-journal', sql: importJournal0020 },
  { version: 30, name: '0030-fts-prefix-index', sql: ftsPrefixIndex0030 },
  { version: 40, name: '0040-extraction-evidence', sql: extractionEvidence0040 },
  { version: 50, name: '0050-book-export-version', sql: bookExportVersion0050 },
  { version: 60, name: '0060-script-search', sql: scriptSearch0060 },
  { version: 70, name: '0070-book-briefing', sql: bookBriefing0070 },
  { version: 90, name: '0090-entity-merges', sql: entityMerges0090 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'LIBRARY_TOO_NEW',
      `This library was written by a newer version of Briefing Book Builder (schema ${current}, this app knows up to ${latest}). Update the app to open it.`,
    );
  }
  return migrations.filter((m) => m.version > current);
}

/**
 * Applies pending migrations, all in one transaction: a failure leaves the file exactly as
 * it was. `upTo` stops early (used by migration tests to seed data at an older version).
 */
export function migrate(db: Database, options: { upTo?: number; migrations?: readonly Migration[] } = {}): number[] {
  const migrations = options.migrations ?? MIGRATIONS;
  assertOrdered(migrations);
  const upTo = options.upTo ?? migrations[migrations.length - 1]?.version ?? 0;
  const steps = pendingMigrations(db, migrations).filter((m) => m.version <= upTo);
  if (steps.length === 0) return [];
  db.transaction(() => {
    for (const step of steps) {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return steps.map((s) => s.version);
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version <= migrations[i - 1]!.version) {
      throw new Error(`Migrations out of order at ${migrations[i]!.name}`);
    }
  }
}
