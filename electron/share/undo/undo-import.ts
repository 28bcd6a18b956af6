import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors';
import { deleteSummariesInBulk } from '../../library/bulk-fts';
import { summaryContentHash } from '../../library/import-journal';

export interface UndoReport {
  importId: string;
  summariesRemoved: number;
  summariesRestored: number;
  tagsRemoved: number;
  tagsRestored: number;
  aliasesRemoved: number;
  entitiesRemoved: number;
  /** New entities the user has since used elsewhere: kept, so that work is not lost. */
  entitiesKept: number;
  booksRemoved: number;
  /** Items taken out of books that stay (their summaries came with the import and go with it). */
  bookItemsRemoved: number;
  /** How many books kept by the undo lost items. */
  booksShrunk: number;
}

export interface ImportRecord {
  id: string;
  kind: 'files' | 'bundle';
  label: string;
  bundleChecksum: string | null;
  exportedBy: string | null;
  stats: Record<string, unknown>;
  createdAt: string;
  undoneAt: string | null;
}

interface JournalRow {
  step: number;
  action: 'insert' | 'update';
  target: 'summary' | 'entity' | 'alias' | 'tag' | 'book';
  row_key: string;
  before_image: string | null;
  after_hash: string | null;
}

interface ImportRow {
  id: string;
  kind: 'files' | 'bundle';
  label: string;
  bundle_checksum: string | null;
  exported_by: string | null;
  stats: string;
  created_at: string;
  undone_at: string | null;
}

export function listImports(db: Database, limit = 200): ImportRecord[] {
  const rows = db.prepare('SELECT * FROM imports ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as ImportRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    bundleChecksum: r.bundle_checksum,
    exportedBy: r.exported_by,
    stats: JSON.parse(r.stats) as Record<string, unknown>,
    createdAt: r.created_at,
    undoneAt: r.undone_at,
  }));
}

/**
 * Undoes one bundle import in one transaction by walking its journal backwards: rows it
 * inserted are deleted, rows it changed get their before-image back. It refuses (changing
 * nothing) when a later import still builds on the same rows, or when a summary it brought in
 * was edited since, unless `force` says to drop those edits.
 */
export function undoImport(db: Database, importId: string, options: { force?: boolean } = {}): UndoReport {
  return db.transaction(() => {
    const record = db.prepare('SELECT * FROM imports WHERE id = ?').get(importId) as ImportRow | undefined;
    // Messages name the import by what people see (its label and time), not its id.
    if (!record) throw new AppError('NOT_FOUND', `No import has id ${importId} (see "briefing bundle history").`);
    const named = `“${record.label}” (imported ${record.created_at.slice(0, 16).replace('T', ' ')})`;
    if (record.kind !== 'bundle') throw new AppError('INVALID_REQUEST', `The import ${named} added files, not a shared library; delete those summaries instead.`);
    if (record.undone_at) throw new AppError('CONFLICT', `The import ${named} was already undone on ${record.undone_at.slice(0, 16).replace('T', ' ')}.`);

    const later = db
      .prepare(
        `SELECT DISTINCT i.id, i.label, i.created_at FROM import_journal mine
         JOIN import_journal other ON other.target = mine.target AND other.row_key = mine.row_key AND other.import_id <> mine.import_id
         JOIN imports i ON i.id = other.import_id
         WHERE mine.import_id = @id AND i.undone_at IS NULL
           AND (i.created_at > @createdAt OR (i.created_at = @createdAt AND i.rowid > (SELECT rowid FROM imports WHERE id = @id)))`,
      )
      .all({ id: importId, createdAt: record.created_at }) as Array<{ id: string; label: string; created_at: string }>;
    if (later.length > 0) {
      const first = later[0]!;
      throw new AppError(
        'CONFLICT',
        `Undo the later import “${first.label}” (imported ${first.created_at.slice(0, 16).replace("T", " ")}) first: it changed summaries this import brought in.`,
      );
    }

    const journal = db.prepare('SELECT * FROM import_journal WHERE import_id = ? ORDER BY step DESC').all(importId) as JournalRow[];
    const current = db.prepare<[string], Record<string, unknown>>('SELECT * FROM summaries WHERE id = ?');
    const edited = journal.filter((j) => {
      if (j.target !== 'summary' || !j.after_hash) return false;
      const row = current.get(j.row_key);
      return row !== undefined && summaryContentHash(row) !== j.after_hash;
    });
    if (edited.length > 0 && !options.force) {
      const title = String(current.get(edited[0]!.row_key)!.title).slice(0, 80);
      throw new AppError(
        'CONFLICT',
        `${edited.length} summar${edited.length === 1 ? 'y' : 'ies'} from this import ${edited.length === 1 ? 'was' : 'were'} edited since (e.g. "${title}"); undoing would lose those edits. Undo with force to drop them.`,
      );
    }

    const report: UndoReport = {
      importId,
      summariesRemoved: 0,
      summariesRestored: 0,
      tagsRemoved: 0,
      tagsRestored: 0,
      aliasesRemoved: 0,
      entitiesRemoved: 0,
      entitiesKept: 0,
      booksRemoved: 0,
      bookItemsRemoved: 0,
      booksShrunk: 0,
    };
    const summaryColumns = new Set((db.prepare('PRAGMA table_info(summaries)').all() as Array<{ name: string }>).map((c) => c.name));
    const st = {
      deleteTag: db.prepare<[string, number]>('DELETE FROM summary_entities WHERE summary_id = ? AND entity_id = ?'),
      restoreTag: db.prepare(
        `UPDATE summary_entities SET role = @role, confidence = @confidence, source = @source, status = @status, evidence = @evidence
         WHERE summary_id = @summary_id AND entity_id = @entity_id`,
      ),
      deleteAlias: db.prepare<[string, string]>('DELETE FROM aliases WHERE kind = ? AND match_key = ?'),
      entityInUse: db.prepare<[number]>('SELECT 1 FROM summary_entities WHERE entity_id = ? LIMIT 1'),
      deleteEntity: db.prepare<[number]>('DELETE FROM entities WHERE id = ?'),
      deleteBook: db.prepare<[string]>('DELETE FROM books WHERE id = ?'),
    };

    // Summaries the import inserted go first, together (their tags and book items follow by
    // cascade): nothing else in the journal depends on them, and one bulk delete is far faster.
    const inserted = journal.filter((j) => j.target === 'summary' && j.action === 'insert').map((j) => j.row_key);
    // Counted first, so the undo can say how it shrinks books that stay (the cascade is silent).
    const booksOfImport = journal.filter((j) => j.target === 'book' && j.action === 'insert').map((j) => j.row_key);
    const shrinking = db
      .prepare(
        `SELECT count(*) AS items, count(DISTINCT book_id) AS books FROM book_items
         WHERE summary_id IN (SELECT value FROM json_each(?)) AND book_id NOT IN (SELECT value FROM json_each(?))`,
      )
      .get(JSON.stringify(inserted), JSON.stringify(booksOfImport)) as { items: number; books: number };
    report.bookItemsRemoved = shrinking.items;
    report.booksShrunk = shrinking.books;
    report.summariesRemoved = deleteSummariesInBulk(db, inserted);
    for (const j of journal) {
      const [a = '', b = ''] = j.row_key.split('\u001f');
      if (j.target === 'summary' && j.action === 'insert') {
        continue;
      } else if (j.target === 'summary') {
        const before = JSON.parse(j.before_image!) as Record<string, unknown>;
        const cols = Object.keys(before).filter((c) => c !== 'id' && c !== 'seq' && summaryColumns.has(c));
        const sql = `UPDATE summaries SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`;
        report.summariesRestored += db.prepare(sql).run({ ...before, id: j.row_key }).changes;
      } else if (j.target === 'tag' && j.action === 'insert') {
        report.tagsRemoved += st.deleteTag.run(a, Number(b)).changes;
      } else if (j.target === 'tag') {
        report.tagsRestored += st.restoreTag.run(JSON.parse(j.before_image!)).changes;
      } else if (j.target === 'alias') {
        report.aliasesRemoved += st.deleteAlias.run(a, b).changes;
      } else if (j.target === 'entity') {
        const id = Number(j.row_key);
        if (st.entityInUse.get(id)) report.entitiesKept++;
        else report.entitiesRemoved += st.deleteEntity.run(id).changes;
      } else if (j.target === 'book') {
        report.booksRemoved += st.deleteBook.run(j.row_key).changes;
      }
    }
    db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), importId);
    return report;
  })();
}
