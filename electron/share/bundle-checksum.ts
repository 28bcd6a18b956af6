import { createHash } from 'node:crypto';
import { CONTENT_TABLES, type BundleRow, type ContentTable } from './bundle-format';

/** The manifest fields the checksum covers, exactly as stored (scope and counts are JSON text). */
export interface ManifestHeader {
  format_version: number;
  app_version: string;
  schema_version: number;
  created_at: string;
  exported_by: string;
  scope: string;
  counts: string;
}

/**
 * SHA-256 over a canonical serialisation of a bundle: the manifest header, then every content
 * table in a fixed order, each row as a JSON array of its values in schema column order, rows
 * sorted by key. Writer and reader both compute it from rows read back out of the bundle file,
 * so any change to a row, a manifest field, or a row added or removed changes the sum.
 */
export function contentChecksum(
  header: ManifestHeader,
  columns: Record<ContentTable, string[]>,
  rows: Record<ContentTable, BundleRow[]>,
): string {
  const hash = createHash('sha256');
  hash.update('bblib-content\n');
  hash.update(
    `${JSON.stringify([
      header.format_version,
      header.app_version,
      header.schema_version,
      header.created_at,
      header.exported_by,
      header.scope,
      header.counts,
    ])}\n`,
  );
  for (const { table } of CONTENT_TABLES) {
    const cols = columns[table];
    hash.update(`#${table}\n${JSON.stringify(cols)}\n`);
    for (const row of rows[table]) {
      hash.update(JSON.stringify(cols.map((c) => row[c] ?? null)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
