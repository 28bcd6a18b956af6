import Database, { type Database as DB } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { AppError, errorMessage } from '../errors';
import { LATEST_VERSION, migrate, pendingMigrations, schemaVersion } from './migrate';
import { sqliteOptions } from './native-binding';
import { seedThemes } from './entities';
import { indexQueuedScriptText, queuedScriptText } from './script-search';

export interface OpenLibraryOptions {
  /** Path to better-sqlite3's addon built for this runtime (see native-binding.ts). */
  nativeBinding?: string;
  /** Skip the copy taken before migrating an existing file (tests of the runner only). */
  skipBackup?: boolean;
  /** Work an upgrade does after its migrations (indexing text for search), as it goes. */
  onUpgradeProgress?: (p: { done: number; total: number; label: string }) => void;
}

export interface Library {
  readonly db: DB;
  readonly path: string;
  /** Path of the backup taken before migrating, when one was taken. */
  readonly backupPath?: string;
  close(): void;
}

/**
 * Summaries an upgrade queued for the script index (migration 0060) are indexed here, with
 * progress, rather than making the first search in those scripts wait without a word.
 */
function finishUpgrade(db: DB, onProgress: OpenLibraryOptions['onUpgradeProgress']): void {
  const total = queuedScriptText(db);
  if (total === 0) return;
  // A few summaries queued by imports take milliseconds: progress is for an upgrade's backlog.
  if (total < 500) {
    indexQueuedScriptText(db);
    return;
  }
  const label = 'Indexing Chinese, Japanese, Korean, Arabic and Hebrew text for search';
  onProgress?.({ done: 0, total, label });
  indexQueuedScriptText(db, (done) => onProgress?.({ done: Math.min(done, total), total, label }));
}

/** Applies the connection settings every library connection needs. */
function configureConnection(db: DB): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // better-sqlite3 builds with WAL synchronous=NORMAL; FULL makes each commit durable on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (or creates) a library file and brings its schema up to date. Before an existing
 * library is migrated, a consistent copy is written beside it (`<file>.backup-v<N>`), so a
 * bad migration can never cost the user their library.
 */
export async function openLibrary(path: string, options: OpenLibraryOptions = {}): Promise<Library> {
  const existed = existsSync(path) && statSync(path).size > 0;
  if (!existed) mkdirSync(dirname(path), { recursive: true });
  let db: DB;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    configureConnection(db);
  } catch (error) {
    throw new AppError(
      'LIBRARY_DAMAGED',
      `Cannot open the library ${path}: ${errorMessage(error)}. If it is damaged, restore a backup or choose another file.`,
      { cause: error },
    );
  }
  let backupPath: string | undefined;
  try {
    const pending = pendingMigrations(db);
    if (existed && pending.length > 0 && !options.skipBackup) {
      backupPath = `${path}.backup-v${schemaVersion(db)}`;
      await db.backup(backupPath);
    }
    migrate(db);
    seedThemes(db);
    finishUpgrade(db, options.onUpgradeProgress);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    path,
    backupPath,
    close() {
      if (!db.open) return;
      // Fold the WAL back into the main file so the library is one self-contained file at rest.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/**
 * A second connection to a library the app already opened (and migrated): a writer worker's
 * own (WAL lets it write while the main connection reads). It refuses a library at another
 * schema version rather than migrate it behind the main connection's back.
 */
export function openWriterConnection(path: string): Library {
  const db = new Database(path, { fileMustExist: true, ...sqliteOptions() });
  configureConnection(db);
  const version = schemaVersion(db);
  if (version !== LATEST_VERSION) {
    db.close();
    throw new AppError('LIBRARY_DAMAGED', `The library ${path} is at schema ${version}, not ${LATEST_VERSION}; reopen it in the app first.`);
  }
  return { db, path, close: () => db.close() };
}

export const PRODUCT_NAME = 'Briefing Book Builder';
export const LIBRARY_FILE_NAME = 'library.sqlite';

/**
 * The per-user folder Electron's app.getPath('userData') gives this app on each OS,
 * computed without Electron so the CLI and the app agree on where the library lives.
 */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

/** --library beats BRIEFING_LIBRARY beats the per-user default. */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.BRIEFING_LIBRARY || join(userDataDir(process.platform, env), LIBRARY_FILE_NAME);
}
