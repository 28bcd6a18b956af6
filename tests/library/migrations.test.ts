import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, type Migration, schemaVersion } from '../../electron/library/migrate';
import { openLibrary } from '../../electron/library/open-library';
import { addSummary } from '../../electron/library/summaries';
import { tempDir } from '../helpers/temp-library';

describe('migrations', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('creates a new library at the latest version with the connection settings', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const lib = await openLibrary(join(tmp.dir, 'new.sqlite'));
    expect(schemaVersion(lib.db)).toBe(LATEST_VERSION);
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(lib.backupPath).toBeUndefined();
    const strict = lib.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%STRICT' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(strict).toEqual(expect.arrayContaining(['summaries', 'entities', 'aliases', 'summary_entities', 'books', 'book_items', 'imports']));
    lib.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the file unchanged', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 10, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 20, name: 'b', sql: 'CREATE TABLE b (y INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, { migrations: steps })).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('a', 'b')").get()).toEqual({ n: 0 });
  });

  it('applies only the steps past the current version', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 10, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 20, name: 'b', sql: 'CREATE TABLE b (y INTEGER) STRICT;' },
    ];
    expect(migrate(db, { migrations: steps, upTo: 10 })).toEqual([10]);
    expect(migrate(db, { migrations: steps })).toEqual([20]);
    expect(migrate(db, { migrations: steps })).toEqual([]);
    expect(schemaVersion(db)).toBe(20);
  });

  it('refuses a library written by a newer app, leaving it untouched', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const path = join(tmp.dir, 'future.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1000}`);
    db.close();
    await expect(openLibrary(path)).rejects.toThrow(/newer version/);
    const again = new Database(path);
    expect(schemaVersion(again)).toBe(LATEST_VERSION + 1000);
    again.close();
  });

  it('backs up an existing library before migrating it, and the backup opens with its data', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const path = join(tmp.dir, 'old.sqlite');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE legacy (note TEXT) STRICT');
    old.prepare('INSERT INTO legacy VALUES (?)').run('kept');
    old.close();
    const lib = await openLibrary(path);
    expect(lib.backupPath).toBe(`${path}.backup-v0`);
    expect(existsSync(lib.backupPath!)).toBe(true);
    const backup = new Database(lib.backupPath!, { readonly: true });
    expect(backup.prepare('SELECT note FROM legacy').get()).toEqual({ note: 'kept' });
    expect(schemaVersion(backup)).toBe(0);
    backup.close();
    expect(addSummary(lib.db, { title: 'After migration', body: 'Ministers met.' }).status).toBe('added');
    lib.close();
  });

  it('keeps the FTS index in sync through insert, update and delete triggers', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const lib = await openLibrary(join(tmp.dir, 'fts.sqlite'));
    const { id } = addSummary(lib.db, { title: 'Quebec talks', body: 'Ministers met in Montréal.' });
    const count = (term: string) =>
      (lib.db.prepare('SELECT count(*) AS n FROM summaries_fts WHERE summaries_fts MATCH ?').get(term) as { n: number }).n;
    expect(count('montreal')).toBe(1); // diacritics folded
    lib.db.prepare("UPDATE summaries SET body = 'Ministers met in Ottawa.' WHERE id = ?").run(id);
    expect(count('montreal')).toBe(0);
    expect(count('ottawa')).toBe(1);
    lib.db.prepare('DELETE FROM summaries WHERE id = ?').run(id);
    expect(count('ottawa')).toBe(0);
    expect(lib.db.prepare("INSERT INTO summaries_fts(summaries_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    lib.close();
  });
});
