import type { Database as DB } from 'better-sqlite3';
import { isUtf8 } from 'node:buffer';
import { ContentChecksum, type ManifestHeader, type RawRows } from './bundle-checksum';
import { CONTENT_TABLES, type ContentTable } from './bundle-format';
import { SUMMARY_CONTENT_FIELDS, summaryContentHash } from './import-journal';
import { bodyVerdict } from './validate-bundle-rows';

export interface ContentRows {
  /** Rows in checksum order; each summary's body is its stored UTF-8 bytes (a Buffer). */
  raw: RawRows;
  /** SHA-256 of the content as read (compare with the manifest's). */
  checksum: string;
  /** Per summary, the text checks (validate-bundle-rows.ts bodyVerdict), made while the text was at hand. */
  bodyVerdicts: Uint8Array;
  /** Per summary, summaryContentHash (the import journal's after-image hash). */
  summaryHashes: string[];
  /** A reason to refuse the file that only counts once its checksum is known to match. */
  textProblem?: string;
}

const q = (name: string) => `"${name}"`;

/**
 * Reads every content row once, hashing as it goes. Summaries are streamed: each body is
 * hashed, checked and hashed for the journal while it is a string, and kept only as the bytes
 * SQLite stores (checked to be valid UTF-8 of exactly that text, so they decode to exactly
 * the verified string). Holding 10,000 bodies as two-byte strings cost the reader more in
 * garbage collection than reading them; bytes are outside the JavaScript heap and travel to
 * the main thread without a copy (bundle-transfer.ts).
 */
export function readContentRows(db: DB, header: ManifestHeader, columns: Record<ContentTable, string[]>): ContentRows {
  const sum = new ContentChecksum(header);
  const raw = {} as RawRows;
  const verdicts: number[] = [];
  const summaryHashes: string[] = [];
  let textProblem: string | undefined;
  if (db.pragma('encoding', { simple: true }) !== 'UTF-8') textProblem = 'its text is not stored as UTF-8';
  for (const { table, orderBy } of CONTENT_TABLES) {
    sum.table(table, columns[table]);
    const select = `SELECT ${columns[table].map(q).join(', ')}`;
    const order = `ORDER BY ${orderBy.map(q).join(', ')}`;
    if (table !== 'summaries') {
      const rows = db.prepare(`${select} FROM "${table}" ${order}`).raw().all() as unknown[][];
      for (const row of rows) sum.row(row);
      raw[table] = rows;
      continue;
    }
    const cols = columns.summaries;
    const bodyAt = cols.indexOf('body');
    const hashAt = cols.indexOf('content_hash');
    const fieldAt = SUMMARY_CONTENT_FIELDS.map((f) => cols.indexOf(f));
    const rows: unknown[][] = [];
    for (const values of db.prepare(`${select}, CAST("body" AS BLOB) FROM summaries ${order}`).raw().iterate() as Iterable<unknown[]>) {
      const bytes = values.pop() as Buffer | null;
      sum.row(values);
      const body = values[bodyAt];
      verdicts.push(bodyVerdict(body, values[hashAt]));
      const fields: Record<string, unknown> = {};
      SUMMARY_CONTENT_FIELDS.forEach((f, k) => (fields[f] = values[fieldAt[k]!]));
      summaryHashes.push(summaryContentHash(fields));
      if (typeof body === 'string') {
        if (!bytes || bytes.length !== Buffer.byteLength(body) || !isUtf8(bytes)) {
          textProblem ??= `the text of summary ${String(values[cols.indexOf('id')]).slice(0, 100)} is not valid UTF-8`;
        }
        values[bodyAt] = bytes;
      }
      rows.push(values);
    }
    raw.summaries = rows;
  }
  return { raw, checksum: sum.digest(), bodyVerdicts: Uint8Array.from(verdicts), summaryHashes, textProblem };
}
