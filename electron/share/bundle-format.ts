/**
 * The `.bblib` format: a SQLite file with the library schema (same migrations, minus the
 * full-text index and its triggers), only the exported rows, and one `manifest` row.
 * Everything a reader must agree on with a writer lives here, but for the manifest's shape
 * (share-types.ts, which the renderer reads too).
 */

import type { BookItemRow, BookRow } from '../library/books';
import type { BundleSummaryRow } from '../library/bulk-summaries';
import type { AliasTableRow, EntityTableRow } from '../library/entities';
import { MAX_BODY_CHARS } from '../library/summaries';
import { LOCAL_SUMMARY_COLUMNS } from '../library/summary-row';
import type { TagTableRow } from '../library/tags';
import type { BundleManifest } from './share-types';

/** Bumped when the meaning of the file changes; a newer one is refused with a clear message. */
export const FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = 'bblib';

/** Bundles are read whole into memory: refuse anything larger before reading a byte of it. */
export const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

/** Manifest table, created in every bundle after the migrations (never in a library). */
export const MANIFEST_SQL = `CREATE TABLE manifest (
  format_version INTEGER NOT NULL,
  app_version TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  exported_by TEXT NOT NULL,
  scope TEXT NOT NULL,
  counts TEXT NOT NULL,
  content_sha256 TEXT NOT NULL
) STRICT`;

/**
 * The tables a bundle carries rows in, in checksum order, with the column order the rows are
 * sorted by. Columns themselves come from the schema (see bundle-schema.ts), except the ones
 * listed in LOCAL_ONLY_COLUMNS, which describe this library and are never exported.
 */
export const CONTENT_TABLES = [
  { table: 'summaries', orderBy: ['id'] },
  { table: 'entities', orderBy: ['id'] },
  { table: 'aliases', orderBy: ['kind', 'match_key'] },
  { table: 'summary_entities', orderBy: ['summary_id', 'entity_id'] },
  { table: 'books', orderBy: ['id'] },
  { table: 'book_items', orderBy: ['book_id', 'summary_id'] },
] as const;

export type ContentTable = (typeof CONTENT_TABLES)[number]['table'];

export const LOCAL_ONLY_COLUMNS: Readonly<Partial<Record<ContentTable, readonly string[]>>> = {
  summaries: LOCAL_SUMMARY_COLUMNS,
};

/** Row-count caps per table: far above any real library, low enough to bound the work. */
export const MAX_ROWS: Readonly<Record<ContentTable, number>> = {
  summaries: 250_000,
  entities: 250_000,
  aliases: 500_000,
  summary_entities: 5_000_000,
  books: 20_000,
  book_items: 2_000_000,
};

/** Longest value (characters, or bytes for blobs) any column may hold, unless listed below. */
export const DEFAULT_MAX_CHARS = 10_000;
export const MAX_CHARS: Readonly<Record<string, number>> = {
  'summaries.body': MAX_BODY_CHARS,
  'summaries.notes': 1_000_000,
  'summaries.key_points': 400_000,
  'summaries.source_url': 4_000,
  'summary_entities.evidence': 100_000,
  'entities.phrases': 100_000,
  'books.options': 100_000,
  'books.manual_group_order': 100_000,
  'books.saved_search': 100_000,
  'books.purpose': 100_000,
};

/** A value SQLite hands back from a bundle's STRICT tables (a summary body may stay UTF-8 bytes). */
export type BundleValue = string | number | null | Uint8Array;

/** A row as read, before validate-bundle-rows.ts has checked it: column name -> value. */
export type UncheckedRow = Record<string, BundleValue>;

/**
 * A verified bundle's rows, typed as the library's own rows (library/ owns every table). A
 * bundle of an older schema lacks the columns added since: those are undefined, and take
 * their defaults when merged (the merge writes only the bundle's columns).
 */
export interface BundleRows {
  summaries: BundleSummaryRow[];
  entities: EntityTableRow[];
  aliases: AliasTableRow[];
  summary_entities: TagTableRow[];
  books: BookRow[];
  book_items: BookItemRow[];
}

/** A text value of a bundle row as a string, whether it arrived as a string or as UTF-8 bytes. */
export function bundleText(value: string | Uint8Array): string {
  return value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8') : value;
}

/** Everything a verified bundle holds, as plain data (crosses the worker boundary). */
export interface BundleContent {
  manifest: BundleManifest;
  /** Column order per table, as the bundle's schema declares it. */
  columns: Record<ContentTable, string[]>;
  rows: BundleRows;
  fileBytes: number;
}
