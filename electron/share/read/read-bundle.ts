import Database, { type Database as DB } from 'better-sqlite3';
import { AppError, errorMessage } from '../../errors';
import { LATEST_VERSION } from '../../library/migrate';
import type { RawRows } from '../bundle-checksum';
import {
  CONTENT_TABLES,
  DEFAULT_MAX_CHARS,
  FORMAT_VERSION,
  MAX_CHARS,
  MAX_ROWS,
  type BundleContent,
  type ContentTable,
  type UncheckedRow,
} from '../bundle-format';
import { parseManifestRow, type ManifestRow } from '../bundle-manifest';
import type { BundleCounts } from '../share-types';
import { expectedSchema, knownSchemaVersions, plantedObject, readSchema, schemaDifference } from '../bundle-schema';
import { sqliteOptions } from '../../library/native-binding';
import { packedRows, unpackContent, type PackedContent } from './bundle-transfer';
import { readContentRows } from './read-content-rows';
import { validateBundleRows } from './validate-bundle-rows';

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

export function refuse(fileName: string, reason: string): AppError {
  return new AppError('BUNDLE_REFUSED', `${fileName} cannot be imported: ${reason}. Nothing was changed.`);
}

/**
 * Verifies a bundle image and returns its content as plain data. Nothing here writes
 * anywhere: the image is opened read-only from memory with SQLite's defensive settings, its
 * schema must equal the allow-list exactly, integrity and foreign keys must check out, sizes
 * are capped, and the content checksum must match the manifest before any row is returned.
 */
export function verifyBundleBuffer(buffer: Buffer, fileName: string): BundleContent {
  checkHeader(buffer.subarray(0, 100), buffer.length, fileName);
  return unpackContent(verifyOpened(() => new Database(buffer, { readonly: true, ...sqliteOptions() }), fileName, buffer.length));
}

/** The first 100 bytes decide whether SQLite is asked to open the file at all. */
export function checkHeader(head: Buffer, size: number, fileName: string): void {
  if (size === 0) throw refuse(fileName, 'the file is empty');
  if (size < 512 || head.length < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw refuse(fileName, 'it is not a Briefing Book bundle (not a SQLite database)');
  }
  // Bytes 18-19: 2 means WAL; bundles are always written in rollback mode and carry no side files.
  if (head[18] !== 1 || head[19] !== 1) throw refuse(fileName, 'it is not a bundle written by this app (unexpected journal mode)');
}

/** Opens (read-only, defensive settings) and verifies; any SQLite error means a damaged file. */
export function verifyOpened(open: () => DB, fileName: string, fileBytes: number): PackedContent {
  let db: DB;
  try {
    db = open();
  } catch (error) {
    throw refuse(fileName, `it is damaged (${errorMessage(error)})`);
  }
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
    db.pragma('query_only = ON');
    return verifyOpenBundle(db, fileName, fileBytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(fileName, `it is damaged (${errorMessage(error)})`);
  } finally {
    db.close();
  }
}

function verifyOpenBundle(db: DB, fileName: string, fileBytes: number): PackedContent {
  const schema = readSchema(db);
  // Views, triggers and virtual tables are refused before any statement touches a table.
  const planted = plantedObject(schema);
  if (planted) throw refuse(fileName, planted);
  if (!schema.some((e) => e.type === 'table' && e.name === 'manifest')) {
    throw refuse(fileName, 'it is not a Briefing Book bundle (it has no manifest)');
  }
  checkFormatVersion(db, fileName);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) {
    throw refuse(fileName, `it was made by a newer version of Briefing Book Builder (library schema ${version}; this app knows up to ${LATEST_VERSION}). Update the app to import it`);
  }
  if (!knownSchemaVersions().includes(version)) throw refuse(fileName, `its library schema version ${version} is unknown`);
  const expected = expectedSchema(version);
  const difference = schemaDifference(schema, expected.entries);
  if (difference) throw refuse(fileName, `its structure is not a bundle's: ${difference}`);

  const problems = db.pragma('integrity_check(5)', { simple: false }) as Array<{ integrity_check: string }>;
  if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') {
    throw refuse(fileName, `it is damaged (integrity check: ${integritySummary(problems.map((p) => p.integrity_check))})`);
  }
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw refuse(fileName, 'it is damaged (rows refer to missing rows)');
  for (const table of expected.localOnlyTables) {
    if (db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined) throw refuse(fileName, `its ${table} table is not empty`);
  }

  const manifestRows = db.prepare('SELECT * FROM manifest LIMIT 2').all() as ManifestRow[];
  if (manifestRows.length !== 1) throw refuse(fileName, 'its manifest must hold exactly one row');
  const manifest = parseManifestRow(manifestRows[0] as unknown as Record<string, unknown>);
  if (typeof manifest === 'string') throw refuse(fileName, manifest);
  if (manifest.schemaVersion !== version) throw refuse(fileName, 'its manifest and its schema disagree on the version');

  const actual = countRows(db, fileName);
  for (const [key, n] of Object.entries(actual) as Array<[keyof BundleCounts, number]>) {
    if (manifest.counts[key] !== n) throw refuse(fileName, `its manifest promises ${manifest.counts[key]} ${key} but it holds ${n}`);
  }
  checkValueSizes(db, fileName, expected.columns);

  const expectedRows: Record<ContentTable, number> = {
    summaries: actual.summaries,
    entities: actual.entities,
    aliases: actual.aliases,
    summary_entities: actual.tags,
    books: actual.books,
    book_items: actual.bookItems,
  };
  const { checksum, textProblem, bodyVerdicts, tables, bodies } = readContentRows(db, manifestRows[0]!, expected.columns, expectedRows);
  if (checksum !== manifest.contentSha256) {
    throw refuse(fileName, 'its content does not match its checksum (it was damaged or altered after export)');
  }
  if (textProblem) throw refuse(fileName, textProblem);
  const verified: PackedContent = { manifest, columns: expected.columns, fileBytes, tables, bodies };
  const rows = {} as Record<ContentTable, Iterable<UncheckedRow>>;
  for (const { table } of CONTENT_TABLES) rows[table] = { [Symbol.iterator]: () => packedRows(verified, table) };
  const invalid = validateBundleRows(rows, bodyVerdicts);
  if (invalid) throw refuse(fileName, invalid);
  return verified;
}

/**
 * SQLite's integrity report in one line a person can read: its first finding, whitespace
 * folded, cut at a word, and how many more there are (it lists one per damaged page or row).
 */
export function integritySummary(findings: readonly string[]): string {
  const lines = findings.flatMap((f) => f.split('\n')).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let first = lines[0] ?? 'unknown damage';
  if (first.length > 120) first = `${first.slice(0, 120).replace(/\s+\S*$/, '')}…`;
  return lines.length > 1 ? `${first}, and ${lines.length - 1} more finding${lines.length === 2 ? '' : 's'}` : first;
}

/** Every content row in checksum order: the one way both the writer and the reader see a bundle. */
export function selectContentRows(db: DB, columns: Record<ContentTable, string[]>): RawRows {
  const rows = {} as RawRows;
  for (const { table, orderBy } of CONTENT_TABLES) {
    const cols = columns[table].map((c) => `"${c}"`).join(', ');
    rows[table] = db.prepare(`SELECT ${cols} FROM "${table}" ORDER BY ${orderBy.map((c) => `"${c}"`).join(', ')}`).raw().all() as unknown[][];
  }
  return rows;
}

function checkFormatVersion(db: DB, fileName: string): void {
  let value: unknown;
  try {
    value = db.prepare('SELECT format_version FROM manifest LIMIT 1').pluck().get();
  } catch {
    throw refuse(fileName, 'it is not a Briefing Book bundle (its manifest has no format version)');
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw refuse(fileName, `its bundle format version (${String(value).slice(0, 20)}) is unknown`);
  }
  if (value > FORMAT_VERSION) {
    throw refuse(fileName, `it uses bundle format version ${value}, newer than this app understands (version ${FORMAT_VERSION}). Update Briefing Book Builder to import it`);
  }
}

function countRows(db: DB, fileName: string): BundleCounts {
  const n = (table: ContentTable): number => {
    const count = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    if (count > MAX_ROWS[table]) throw refuse(fileName, `it holds ${count} rows of ${table}, more than the ${MAX_ROWS[table]} allowed`);
    return count;
  };
  return {
    summaries: n('summaries'),
    entities: n('entities'),
    aliases: n('aliases'),
    tags: n('summary_entities'),
    books: n('books'),
    bookItems: n('book_items'),
  };
}

/** One pass per table, in SQLite, before any value is copied into JavaScript. */
function checkValueSizes(db: DB, fileName: string, columns: Record<ContentTable, string[]>): void {
  for (const { table } of CONTENT_TABLES) {
    const cols = columns[table];
    // length() of TEXT counts characters only up to the first NUL: a title of "\0" and 50 MB
    // would pass. The byte length (of the value as a BLOB) cannot be fooled; a character is at
    // most 4 bytes of UTF-8, so 4x the character limit in bytes is never too strict.
    const sql = `SELECT ${cols.map((c) => `max(length("${c}")), max(length(CAST("${c}" AS BLOB)))`).join(', ')} FROM "${table}"`;
    const maxima = db.prepare(sql).raw().get() as Array<number | null>;
    cols.forEach((col, i) => {
      const limit = MAX_CHARS[`${table}.${col}`] ?? DEFAULT_MAX_CHARS;
      const longest = maxima[2 * i] ?? 0;
      const bytes = maxima[2 * i + 1] ?? 0;
      if (longest > limit || bytes > 4 * limit) {
        const size = longest > limit ? `${longest.toLocaleString('en')} characters` : `${bytes.toLocaleString('en')} bytes`;
        throw refuse(fileName, `a value in ${table}.${col} is ${size} long; the limit is ${limit.toLocaleString('en')} characters`);
      }
    });
  }
}
