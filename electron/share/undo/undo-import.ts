import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors';
import { bookItemsLeavingWith, bookRows } from '../../library/books';
import { deleteSummariesInBulk, restoreSummaryRow, summaryRowById } from '../../library/bulk-summaries';
import { entityRows } from '../../library/entities';
import { keyOf } from '../../library/import-journal';
import { importRow, journalNewestFirst, laterImportsOnSameRows, markImportUndone, type ImportRow, type JournalRow } from '../../library/imports';
import { summaryContentHash } from '../../library/summary-row';
import { tagRows, type TagTableRow } from '../../library/tags';
import type { UndoReport } from '../share-types';

/**
 * Undoes one bundle import in one transaction by walking its journal backwards: rows it
 * inserted are deleted, rows it changed get their before-image back. It refuses (changing
 * nothing) when a later import still builds on the same rows, or when a summary it brought in
 * was edited since, unless `force` says to drop those edits.
 */
export function undoImport(db: Database, importId: string, options: { force?: boolean } = {}): UndoReport {
  return db.transaction(() => {
    const record = undoableImport(db, importId);
    const journal = journalNewestFirst(db, importId);
    refuseEditedSince(db, journal, options.force ?? false);
    const report = removeInsertedSummaries(db, importId, journal);
    for (const j of journal) revertStep(db, j, report);
    markImportUndone(db, record.id);
    return report;
  })();
}

/** The import's record, or the reason it cannot be undone (messages name it by label and time, not id). */
function undoableImport(db: Database, importId: string): ImportRow {
  const record = importRow(db, importId);
  if (!record) throw new AppError('NOT_FOUND', `No import has id ${importId} (see "briefing bundle history").`);
  const named = `“${record.label}” (imported ${minute(record.created_at)})`;
  if (record.kind !== 'bundle') throw new AppError('INVALID_REQUEST', `The import ${named} added files, not a shared library; delete those summaries instead.`);
  if (record.undone_at) throw new AppError('CONFLICT', `The import ${named} was already undone on ${minute(record.undone_at)}.`);
  const [later] = laterImportsOnSameRows(db, record);
  if (later) {
    throw new AppError('CONFLICT', `Undo the later import “${later.label}” (imported ${minute(later.created_at)}) first: it changed summaries this import brought in.`);
  }
  return record;
}

function minute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

function refuseEditedSince(db: Database, journal: JournalRow[], force: boolean): void {
  const edited = journal.filter((j) => {
    if (j.target !== 'summary' || !j.after_hash) return false;
    const row = summaryRowById(db, j.row_key);
    return row !== undefined && summaryContentHash(row) !== j.after_hash;
  });
  if (edited.length === 0 || force) return;
  const title = summaryRowById(db, edited[0]!.row_key)!.title.slice(0, 80);
  throw new AppError(
    'CONFLICT',
    `${edited.length} summar${edited.length === 1 ? 'y' : 'ies'} from this import ${edited.length === 1 ? 'was' : 'were'} edited since (e.g. "${title}"); undoing would lose those edits. Undo with force to drop them.`,
  );
}

/**
 * Summaries the import inserted go first, together (their tags and book items follow by
 * cascade): nothing else in the journal depends on them, and one bulk delete is far faster.
 * Counted first, so the undo can say how it shrinks books that stay (the cascade is silent).
 */
function removeInsertedSummaries(db: Database, importId: string, journal: JournalRow[]): UndoReport {
  const inserted = journal.filter((j) => j.target === 'summary' && j.action === 'insert').map((j) => j.row_key);
  const booksOfImport = journal.filter((j) => j.target === 'book' && j.action === 'insert').map((j) => j.row_key);
  const shrinking = bookItemsLeavingWith(db, inserted, booksOfImport);
  return {
    importId,
    summariesRemoved: deleteSummariesInBulk(db, inserted),
    summariesRestored: 0,
    tagsRemoved: 0,
    tagsRestored: 0,
    aliasesRemoved: 0,
    entitiesRemoved: 0,
    entitiesKept: 0,
    booksRemoved: 0,
    bookItemsRemoved: shrinking.items,
    booksShrunk: shrinking.books,
  };
}

/** Reverts one journalled change (inserted summaries are gone already). */
function revertStep(db: Database, j: JournalRow, report: UndoReport): void {
  const [a, b] = keyOf.split(j.row_key);
  const inserted = j.action === 'insert';
  if (j.target === 'summary') {
    if (!inserted) report.summariesRestored += restoreSummaryRow(db, j.row_key, JSON.parse(j.before_image!) as object);
  } else if (j.target === 'tag') {
    if (inserted) report.tagsRemoved += tagRows.delete(db, a, Number(b));
    else report.tagsRestored += tagRows.setDecision(db, JSON.parse(j.before_image!) as TagTableRow);
  } else if (j.target === 'alias') {
    report.aliasesRemoved += entityRows.deleteAlias(db, a as TagTableRow['role'], b);
  } else if (j.target === 'entity') {
    const id = Number(j.row_key);
    if (tagRows.entityInUse(db, id)) report.entitiesKept++;
    else report.entitiesRemoved += entityRows.delete(db, id);
  } else if (j.target === 'book') {
    report.booksRemoved += bookRows.delete(db, j.row_key);
  }
}
