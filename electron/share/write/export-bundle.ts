import Database, { type Database as DB } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Progress } from '../../../common/primitives';
import { AppError, errorMessage } from '../../errors';
import { LATEST_VERSION } from '../../library/migrate';
import { asBundleFile, copyRowsIntoBundle, type BundleFileDb } from '../../library/bundle-copy';
import { contentChecksum } from '../bundle-checksum';
import { FORMAT_VERSION, type ContentTable } from '../bundle-format';
import type { BundleCounts, BundleExportResult, BundleManifest } from '../share-types';
import type { BundleScope } from '../bundle-scope';
import { manifestRow } from '../bundle-manifest';
import { createBundleSchema, expectedSchema } from '../bundle-schema';
import { selectContentRows } from '../read/read-bundle';
import { sqliteOptions } from '../../library/native-binding';
import { bookIdsInScope, summaryIdsInScope } from './select-scope';

export interface ExportOptions {
  scope: BundleScope;
  outPath: string;
  exportedBy: string;
  appVersion: string;
  nativeBinding?: string;
  onProgress?: (p: Progress) => void;
  /** Fixed creation time (reproducible test fixtures); defaults to now. */
  createdAt?: string;
}

/**
 * Writes a `.bblib` bundle. The rows are read in one read transaction (a consistent
 * snapshot of the library), written into a temporary file next to the target, sealed with the
 * manifest and its checksum, verified, synced, and only then renamed into place: a failed or
 * interrupted export never leaves a half-written bundle under the chosen name.
 */
export function exportBundle(library: DB, options: ExportOptions): BundleExportResult {
  const temp = join(dirname(options.outPath), `.${basename(options.outPath)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  rmSync(temp, { force: true });
  let bundle: DB | undefined;
  try {
    bundle = new Database(temp, sqliteOptions(options.nativeBinding));
    bundle.pragma('journal_mode = DELETE');
    bundle.pragma('synchronous = OFF'); // the finished file is fsynced once, before the rename
    bundle.pragma('foreign_keys = OFF'); // rows go in table by table; foreign_key_check runs at the end
    bundle.pragma('temp_store = MEMORY'); // statement journals of multi-row inserts stay in memory
    createBundleSchema(bundle);
    const columns = expectedSchema(LATEST_VERSION).columns;
    const target = asBundleFile(bundle);
    const manifest = library.transaction(() => target.transaction(() => copyScope(library, target, columns, options))())();
    const check = bundle.pragma('integrity_check', { simple: true });
    if (check === 'ok' && (bundle.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new AppError('INTERNAL', 'The bundle refers to rows it does not hold; nothing was written.');
    }
    if (check !== 'ok') throw new AppError('INTERNAL', `The bundle did not verify (${String(check)}); nothing was written.`);
    bundle.close();
    bundle = undefined;
    syncFile(temp);
    renameSync(temp, options.outPath);
    syncDirectory(dirname(options.outPath));
    const bytes = statSync(options.outPath).size;
    return { path: options.outPath, manifest, bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `Could not write the bundle ${options.outPath}: ${errorMessage(error)}.`, { cause: error });
  } finally {
    if (bundle?.open) bundle.close();
    rmSync(temp, { force: true });
  }
}

function copyScope(library: DB, bundle: BundleFileDb, columns: Record<ContentTable, string[]>, options: ExportOptions): BundleManifest {
  const summaryIds = summaryIdsInScope(library, options.scope);
  if (summaryIds.length === 0) throw new AppError('EMPTY_INPUT', 'Nothing to export: no summaries are in the chosen scope.');
  const counts: BundleCounts = copyRowsIntoBundle(library, bundle, columns, {
    summaryIds,
    bookIds: bookIdsInScope(library, options.scope),
    allEntities: options.scope.kind === 'library',
    onProgress: options.onProgress,
  });
  const header: Omit<BundleManifest, 'contentSha256'> = {
    formatVersion: FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: LATEST_VERSION,
    createdAt: options.createdAt ?? new Date().toISOString(),
    exportedBy: options.exportedBy.slice(0, 200),
    scope: options.scope,
    counts,
  };
  const row = manifestRow(header);
  const sha = contentChecksum(row, columns, selectContentRows(bundle, columns));
  bundle
    .prepare(
      `INSERT INTO manifest (format_version, app_version, schema_version, created_at, exported_by, scope, counts, content_sha256)
       VALUES (@format_version, @app_version, @schema_version, @created_at, @exported_by, @scope, @counts, @content_sha256)`,
    )
    .run({ ...row, content_sha256: sha });
  options.onProgress?.({ done: summaryIds.length, total: summaryIds.length, label: 'sealed' });
  return { ...header, contentSha256: sha };
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the rename itself is still atomic.
  }
}

