import type { Database, Statement } from 'better-sqlite3';
import { SUMMARY_COLUMNS, SUMMARY_CONTENT_FIELDS, type SummaryColumn, type SummaryRow } from './summary-row';
import { statements } from './statements';

/**
 * Writes of many summaries at once: a bundle merge adds or replaces thousands, an undo deletes
 * or restores them. The full-text index is kept by per-row triggers (migrations 0010, 0030);
 * for thousands of rows one INSERT…SELECT into FTS5 is 2-3x faster than firing the trigger per
 * row, so these set the trigger aside inside the caller's transaction and index in bulk. The
 * bulk statement is derived from the trigger as the library stores it, so it can never drift
 * from the migrations: a trigger of any other shape is left alone and does the work per row.
 */

/** A summary as a bundle carries it: no local columns; its body may be UTF-8 bytes (see share/read/bundle-transfer.ts). */
export type BundleSummaryRow = Omit<SummaryRow, 'seq' | 'origin_import_id' | 'body'> & { body: string | Uint8Array };

const q = statements((db) => ({
  triggerSql: db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck(),
  maxSeq: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM summaries').pluck(),
  columns: db.prepare<[], string>("SELECT name FROM pragma_table_info('summaries')").pluck(),
  isEmpty: db.prepare<[], number>('SELECT 1 FROM summaries LIMIT 1').pluck(),
  byId: db.prepare<[string], SummaryRow>('SELECT * FROM summaries WHERE id = ?'),
  byHash: db.prepare<[string], SummaryRow>('SELECT * FROM summaries WHERE content_hash = ? ORDER BY seq'),
}));

interface SetAside {
  /** The trigger's SQL exactly as stored, to put it back. */
  stored: string;
  /** Its one INSERT as a bulk statement over `summaries`; `where` selects the rows. */
  bulk: (where: string) => string;
}

const TRIGGER = /^CREATE TRIGGER (\w+) AFTER (?:INSERT|DELETE) ON summaries BEGIN\s+INSERT INTO (\w+) \(([^)]*)\)\s+VALUES \(([^)]*)\);\s*END$/;

/** The trigger's INSERT … VALUES (new.a, 'x', …) as INSERT … SELECT a, 'x', … FROM summaries; undefined if it is not of that shape. */
function bulkFormOf(stored: string, rowName: 'new' | 'old'): SetAside['bulk'] | undefined {
  const m = TRIGGER.exec(stored.trim());
  if (!m) return undefined;
  const values = m[4]!.split(',').map((v) => v.trim());
  const selected = values.map((v) => (v.startsWith(`${rowName}.`) ? v.slice(rowName.length + 1) : v));
  if (!selected.every((v) => /^\w+$/.test(v) || /^'\w+'$/.test(v))) return undefined;
  if (!selected.every((v) => v.startsWith("'") || SUMMARY_COLUMNS.includes(v as SummaryColumn))) return undefined;
  return (where) => `INSERT INTO ${m[2]} (${m[3]}) SELECT ${selected.join(', ')} FROM summaries WHERE ${where} ORDER BY seq`;
}

/** Drops the FTS trigger when its work can be done in bulk; undefined leaves it in place. */
function setAside(db: Database, name: string, rowName: 'new' | 'old'): SetAside | undefined {
  if (!db.inTransaction) throw new Error('bulk FTS maintenance must run inside the caller’s transaction');
  const stored = q(db).triggerSql.get(name);
  const bulk = stored && bulkFormOf(stored, rowName);
  if (!stored || !bulk) return undefined;
  db.exec(`DROP TRIGGER ${name}`);
  return { stored, bulk };
}

/**
 * Call before inserting summaries; call the returned function after the last insert (in the
 * same transaction) to index every summary inserted since, and put the trigger back.
 */
export function deferFtsInserts(db: Database): (options?: { skipIndexing?: boolean }) => void {
  const maxSeq = q(db).maxSeq.get()!;
  const aside = setAside(db, 'summaries_fts_after_insert', 'new');
  return (options = {}) => {
    if (!aside) return;
    if (!options.skipIndexing) db.prepare(aside.bulk('seq > ?')).run(maxSeq);
    db.exec(aside.stored);
  };
}

/**
 * Deletes the given summaries (their tags and book items follow by cascade), removing their
 * index entries in one statement first. Ids are staged in a temp table so the statements stay
 * the same whatever their number.
 */
export function deleteSummariesInBulk(db: Database, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_delete_ids (id TEXT PRIMARY KEY) WITHOUT ROWID');
  db.exec('DELETE FROM temp.bulk_delete_ids');
  const stage = db.prepare('INSERT OR IGNORE INTO temp.bulk_delete_ids (id) VALUES (?)');
  for (const id of ids) stage.run(id);
  const staged = 'id IN (SELECT id FROM temp.bulk_delete_ids)';
  const aside = setAside(db, 'summaries_fts_after_delete', 'old');
  if (aside) db.exec(aside.bulk(staged));
  const removed = db.prepare(`DELETE FROM summaries WHERE ${staged}`).run().changes;
  if (aside) db.exec(aside.stored);
  db.exec('DELETE FROM temp.bulk_delete_ids');
  return removed;
}

export function libraryHasSummaries(db: Database): boolean {
  return q(db).isEmpty.get() !== undefined;
}

export function summaryRowById(db: Database, id: string): SummaryRow | undefined {
  return q(db).byId.get(id);
}

/** Every summary holding this text, oldest first. */
export function summaryRowsByHash(db: Database, hash: string): SummaryRow[] {
  return q(db).byHash.all(hash);
}

const columnsByConnection = new WeakMap<Database, Set<string>>();

/** The library's own column names, from its schema: only these may appear in a generated statement. */
function libraryColumns(db: Database): Set<string> {
  let known = columnsByConnection.get(db);
  if (!known) columnsByConnection.set(db, (known = new Set(q(db).columns.all())));
  return known;
}

function quoted(columns: readonly string[], known: Set<string>): string[] {
  for (const c of columns) if (!known.has(c)) throw new Error(`summaries has no column ${c}`);
  return columns.map((c) => `"${c}"`);
}

export interface BundleSummaryStatements {
  /** The same id with exactly this content is here already (compared inside SQLite, no text copied out). */
  identical(row: BundleSummaryRow): boolean;
  /** Adds the row under `id` (its own, or a new one for a kept copy), marked as from `importId`. */
  insert(row: BundleSummaryRow, id: string, importId: string): void;
  /** Replaces the content of the summary of the row's id (take-theirs). */
  replace(row: BundleSummaryRow, importId: string): void;
}

/**
 * Statements for merging summaries of a bundle whose rows have `columns` (a bundle of an older
 * schema has fewer; the rest take their defaults). A body that arrived as UTF-8 bytes is bound
 * with CAST(? AS TEXT): it becomes a string inside SQLite, never on this thread.
 */
export function bundleSummaryStatements(db: Database, columns: readonly (keyof BundleSummaryRow)[]): BundleSummaryStatements {
  const known = libraryColumns(db);
  const names = quoted(columns, known);
  const param = (c: string) => (c === 'body' ? 'CAST(@body AS TEXT)' : `@${c}`);
  const identical: Statement<[BundleSummaryRow], number> = db.prepare(
    `SELECT 1 FROM summaries WHERE id = @id AND ${SUMMARY_CONTENT_FIELDS.map((f) => `"${f}" IS ${param(f)}`).join(' AND ')}`,
  );
  // Positional: 10,000 new summaries need no copy of each row as a named-parameter object.
  const insert = db.prepare(
    `INSERT INTO summaries (${names.join(', ')}, origin_import_id)
     VALUES (${columns.map((c) => (c === 'body' ? 'CAST(? AS TEXT)' : '?')).join(', ')}, ?)`,
  );
  const replaced = columns.filter((c) => c !== 'id' && c !== 'created_at');
  const replace = db.prepare(
    `UPDATE summaries SET ${replaced.map((c) => `"${c}" = ${param(c)}`).join(', ')}, origin_import_id = @origin_import_id WHERE id = @id`,
  );
  return {
    identical: (row) => identical.get(row) !== undefined,
    insert: (row, id, importId) => void insert.run(...columns.map((c) => (c === 'id' ? id : row[c])), importId),
    replace: (row, importId) => void replace.run({ ...row, origin_import_id: importId }),
  };
}

/** Puts back a summary's content from the journal's before-image (undo); columns it lacks stay. */
export function restoreSummaryRow(db: Database, id: string, before: Partial<SummaryRow>): number {
  const known = libraryColumns(db);
  const columns = Object.keys(before).filter((c) => c !== 'id' && c !== 'seq' && known.has(c));
  const sql = `UPDATE summaries SET ${columns.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`;
  return db.prepare(sql).run({ ...before, id }).changes;
}
