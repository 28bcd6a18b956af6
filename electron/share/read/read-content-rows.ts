import type { Database as DB } from 'better-sqlite3';
import { isUtf8 } from 'node:buffer';
import { ContentChecksum, type ManifestHeader } from '../bundle-checksum';
import { CONTENT_TABLES, type ContentTable } from '../bundle-format';
import { PackedTableBuilder, type PackedTable } from './bundle-transfer';
import { bodyVerdict } from './validate-bundle-rows';

export interface ContentRows {
  /** Every content table, packed as read (bundle-transfer.ts); summary bodies are bytes. */
  tables: Record<ContentTable, PackedTable>;
  bodies: Uint8Array[];
  /** SHA-256 of the content as read (compare with the manifest's). */
  checksum: string;
  /** Per summary, the text checks (validate-bundle-rows.ts bodyVerdict), made while the text was at hand. */
  bodyVerdicts: Uint8Array;
  /** A reason to refuse the file that only counts once its checksum is known to match. */
  textProblem?: string;
}

const q = (name: string) => `"${name}"`;

/**
 * Reads every content row once, streaming, hashing and packing as it goes: no table is ever
 * held as arrays of JavaScript values (a 10,000-summary bundle has ~650,000 of them, which the
 * garbage collector then kept copying). Each summary body is checked while it is a string,
 * and kept only as the bytes SQLite stores, checked to be valid UTF-8 of
 * exactly that text (so they decode to exactly the verified string).
 */
export function readContentRows(
  db: DB,
  header: ManifestHeader,
  columns: Record<ContentTable, string[]>,
  expectedRows: Record<ContentTable, number>,
): ContentRows {
  const sum = new ContentChecksum(header);
  const tables = {} as Record<ContentTable, PackedTable>;
  const verdicts: number[] = [];
  const bodies: Uint8Array[] = [];
  let textProblem: string | undefined;
  if (db.pragma('encoding', { simple: true }) !== 'UTF-8') textProblem = 'its text is not stored as UTF-8';
  for (const { table, orderBy } of CONTENT_TABLES) {
    sum.table(table, columns[table]);
    const cols = columns[table];
    const select = `SELECT ${cols.map(q).join(', ')}`;
    const order = `ORDER BY ${orderBy.map(q).join(', ')}`;
    if (table !== 'summaries') {
      const packed = new PackedTableBuilder(cols.length, expectedRows[table]);
      for (const values of db.prepare(`${select} FROM "${table}" ${order}`).raw().iterate() as Iterable<unknown[]>) {
        sum.row(values);
        packed.add(values);
      }
      tables[table] = packed.finish();
      continue;
    }
    const bodyAt = cols.indexOf('body');
    const hashAt = cols.indexOf('content_hash');
    const packed = new PackedTableBuilder(cols.length, expectedRows.summaries, bodyAt);
    for (const values of db.prepare(`${select}, CAST("body" AS BLOB) FROM summaries ${order}`).raw().iterate() as Iterable<unknown[]>) {
      const bytes = values.pop() as Uint8Array | null;
      sum.row(values, bodyAt, bytes ?? undefined);
      const body = values[bodyAt];
      verdicts.push(bodyVerdict(body, values[hashAt]));
      if (typeof body !== 'string' || !bytes || bytes.length !== Buffer.byteLength(body) || !isUtf8(bytes)) {
        textProblem ??= `the text of summary ${String(values[cols.indexOf('id')]).slice(0, 100)} is not valid UTF-8`;
      }
      bodies.push(bytes ?? new Uint8Array(0));
      packed.add(values);
    }
    tables.summaries = packed.finish();
  }
  return { tables, bodies, checksum: sum.digest(), bodyVerdicts: Uint8Array.from(verdicts), textProblem };
}
