import { createHash } from 'node:crypto';
import { CONTENT_TABLES, type ContentTable } from './bundle-format';

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

/** Rows as arrays of values in schema column order, sorted by key: how bundles are checksummed and shipped. */
export type RawRows = Record<ContentTable, unknown[][]>;

/**
 * One value, unambiguously: a type letter, then the length of a string before its text, so no
 * choice of text can make two different rows serialise alike (and nothing needs escaping).
 */
function encode(value: unknown): string {
  if (value === null || value === undefined) return 'N;';
  if (typeof value === 'number') return `F${String(value)};`;
  if (typeof value === 'string') return `S${value.length}:${value}`;
  if (typeof value === 'bigint') return `I${value.toString()};`;
  if (Buffer.isBuffer(value)) return `B${value.length}:${value.toString('hex')}`;
  return `U${String(value).length}:${String(value)}`;
}

/**
 * SHA-256 over a canonical serialisation of a bundle: the manifest header, then every content
 * table in a fixed order, each row's values in schema column order, rows sorted by key. Writer
 * and reader both compute it from rows read back out of the bundle file, so any change to a
 * row, a manifest field, or a row added or removed changes the sum.
 */
export function contentChecksum(header: ManifestHeader, columns: Record<ContentTable, string[]>, rows: RawRows): string {
  const sum = new ContentChecksum(header);
  for (const { table } of CONTENT_TABLES) {
    sum.table(table, columns[table]);
    for (const row of rows[table]) sum.row(row);
  }
  return sum.digest();
}

const LONG_TEXT = 256;

/**
 * The same checksum fed row by row (tables in CONTENT_TABLES order), so a reader can hash a
 * table while streaming it instead of holding all of it.
 */
export class ContentChecksum {
  private readonly hash = createHash('sha256');

  constructor(header: ManifestHeader) {
    this.hash.update('bblib-content-1\n');
    this.hash.update(
      [header.format_version, header.app_version, header.schema_version, header.created_at, header.exported_by, header.scope, header.counts]
        .map(encode)
        .join(''),
    );
  }

  table(table: ContentTable, columns: readonly string[]): void {
    this.hash.update(`\n#${table}:${columns.map(encode).join('')}\n`);
  }

  /**
   * `utf8`, when given, is the UTF-8 encoding of the string at `utf8At` (a summary body as
   * SQLite stores it): hashing it saves encoding the string again. Same bytes either way, as
   * long as it is valid UTF-8 of that string, which the reader checks before it trusts any row.
   */
  row(values: readonly unknown[], utf8At = -1, utf8?: Uint8Array): void {
    // Short values are joined into one update; a long text goes to the hash as it is, so
    // megabytes of summary text are not copied into a throw-away line first. The bytes
    // hashed are the same either way.
    let line = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value === 'string' && value.length > LONG_TEXT) {
        this.hash.update(`${line}S${value.length}:`);
        this.hash.update(i === utf8At && utf8 ? utf8 : value);
        line = '';
      } else {
        line += encode(value);
      }
    }
    this.hash.update(`${line}\n`);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}
