import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations/index';

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
