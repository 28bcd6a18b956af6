import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { contentChecksum, type ManifestHeader } from '../../../electron/share/bundle-checksum';
import { expectedSchema } from '../../../electron/share/bundle-schema';
import { selectContentRows } from '../../../electron/share/read/read-bundle';

/**
 * Makes a modified copy of a valid bundle. With `reseal`, the manifest checksum is computed
 * again afterwards, as a forger would: then only the other defences can catch the change.
 */
export function craftBundle(valid: string, out: string, change: (db: Database.Database) => void, options: { reseal?: boolean } = {}): string {
  copyFileSync(valid, out);
  const db = new Database(out);
  db.pragma('foreign_keys = OFF');
  change(db);
  if (options.reseal) reseal(db);
  db.close();
  return out;
}

export function reseal(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const columns = expectedSchema(version).columns;
  const header = db.prepare('SELECT * FROM manifest').get() as ManifestHeader;
  db.prepare('UPDATE manifest SET content_sha256 = ?').run(contentChecksum(header, columns, selectContentRows(db, columns)));
}

/** A copy of the file with its bytes changed by `edit`. */
export function craftBytes(valid: string, out: string, edit: (bytes: Buffer) => Buffer): string {
  writeFileSync(out, edit(Buffer.from(readFileSync(valid))));
  return out;
}
