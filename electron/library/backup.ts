import type { Database } from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { sqliteOptions } from './native-binding';
import Sqlite from 'better-sqlite3';

/**
 * Writes a consistent copy of the library with SQLite's online backup API, verifies it
 * (integrity_check) and only then moves it to `outPath`, so a failed backup never leaves a
 * half-written file where the user expects one.
 */
export async function backupLibrary(
  db: Database,
  outPath: string,
  nativeBinding?: string,
): Promise<{ path: string; pages: number }> {
  const temp = `${outPath}.partial-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    const result = await db.backup(temp);
    const copy = new Sqlite(temp, { readonly: true, ...sqliteOptions(nativeBinding) });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new AppError('INTERNAL', `The backup did not verify (${String(check)}); nothing was written.`);
    } finally {
      copy.close();
    }
    renameSync(temp, outPath);
    return { path: outPath, pages: result.totalPages };
  } finally {
    if (existsSync(temp)) rmSync(temp, { force: true });
  }
}
