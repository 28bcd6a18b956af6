import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { dateRange } from '../library/dates';
import type { SearchQuery } from '../library/search';
import { bookStatements as q, copyBookRows, type BookRow } from '../library/books';
import { nowIso } from '../library/statements';
import {
  DEFAULT_BOOK_OPTIONS,
  DEFAULT_BOOK_SETTINGS,
  MAX_TITLE_LENGTH,
  markingProblem,
  type Book,
  type BookInput,
  type BookListEntry,
  type BookOptions,
  type BookPatch,
  type BookSettings,
} from './book-types';

function rowToBook(db: Database, row: BookRow): Book {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    preparedFor: row.prepared_for,
    preparedBy: row.prepared_by,
    date: row.book_date,
    classification: row.classification,
    purpose: row.purpose,
    groupBy: row.group_by,
    groupBySecond: row.group_by_second,
    groupOrder: row.group_order,
    itemOrder: row.item_order,
    manualGroupOrder: JSON.parse(row.manual_group_order) as string[],
    options: { ...DEFAULT_BOOK_OPTIONS, ...(JSON.parse(row.options) as Partial<BookOptions>) },
    savedSearch: row.saved_search ? (JSON.parse(row.saved_search) as SearchQuery) : null,
    itemIds: q(db).itemIds.all(row.id).map((r) => r.summary_id),
    exportVersion: row.export_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Checks a complete set of settings; throws AppError naming the field to fix. */
export function validateSettings(s: BookSettings): BookSettings {
  const title = s.title.trim();
  if (!title) throw new AppError('INVALID_REQUEST', 'A book needs a title.');
  const classification = s.classification.trim();
  const markingError = markingProblem(classification);
  if (markingError) throw new AppError('INVALID_REQUEST', markingError);
  if (s.date) dateRange(s.date);
  if (s.groupBySecond && (s.groupBy === 'none' || s.groupBySecond === s.groupBy)) {
    throw new AppError('INVALID_REQUEST', 'The second grouping level must differ from the first, and needs a first level.');
  }
  // A saved search is always stored without paging: it stands for all matching summaries.
  const savedSearch = s.savedSearch ? { ...s.savedSearch, limit: undefined, offset: undefined } : null;
  return { ...s, title, classification, date: s.date || null, savedSearch };
}

function columns(s: BookSettings) {
  return {
    title: s.title,
    subtitle: s.subtitle.trim(),
    preparedFor: s.preparedFor.trim(),
    preparedBy: s.preparedBy.trim(),
    date: s.date,
    classification: s.classification,
    purpose: s.purpose.trim(),
    groupBy: s.groupBy,
    groupBySecond: s.groupBySecond,
    groupOrder: s.groupOrder,
    itemOrder: s.itemOrder,
    manualGroupOrder: JSON.stringify(s.manualGroupOrder),
    options: JSON.stringify(s.options),
    savedSearch: s.savedSearch ? JSON.stringify(s.savedSearch) : null,
  };
}

export function createBook(db: Database, input: BookInput): Book {
  const settings = validateSettings({
    ...DEFAULT_BOOK_SETTINGS,
    ...defined(input),
    title: input.title,
    options: { ...DEFAULT_BOOK_OPTIONS, ...defined(input.options) },
  });
  const id = randomUUID();
  const now = nowIso();
  q(db).insert.run({ ...columns(settings), id, createdAt: now, updatedAt: now });
  return getBook(db, id);
}

export function getBook(db: Database, id: string): Book {
  const row = q(db).byId.get(id);
  if (!row) throw new AppError('NOT_FOUND', `No book has id ${id}. Run "briefing book list" to see the books.`);
  return rowToBook(db, row);
}

function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function updateBook(db: Database, id: string, rawPatch: BookPatch): Book {
  const current = getBook(db, id);
  const patch = { ...defined(rawPatch), options: defined(rawPatch.options) };
  const settings = validateSettings({ ...current, ...patch, options: { ...current.options, ...patch.options } });
  q(db).update.run({ ...columns(settings), id, updatedAt: nowIso() });
  return getBook(db, id);
}

export function listBooks(db: Database): BookListEntry[] {
  return q(db)
    .list.all()
    .map((row) => ({
      id: row.id,
      title: row.title,
      classification: row.classification,
      itemCount: row.item_count,
      hasSavedSearch: row.saved_search !== null,
      updatedAt: row.updated_at,
    }));
}

/** Deletes a book and its item list (the summaries stay in the library). */
export function deleteBook(db: Database, id: string): void {
  if (q(db).delete.run(id).changes === 0) throw new AppError('NOT_FOUND', `No book has id ${id}.`);
}

const COPY_SUFFIX = ' (copy)';

/**
 * A new book with the same settings and items in the same order, titled "<title> (copy)" (the
 * title shortened when the suffix would pass the limit); its export versions start again.
 */
export function duplicateBook(db: Database, id: string): Book {
  const source = getBook(db, id);
  const title = `${source.title.slice(0, MAX_TITLE_LENGTH - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;
  const copy = { id: randomUUID(), title, now: nowIso() };
  if (!copyBookRows(db, id, copy)) throw new AppError('NOT_FOUND', `No book has id ${id}.`);
  return getBook(db, copy.id);
}

/** The version the book's next export prints (one more than the last export's). */
export function nextExportVersion(db: Database, id: string): number {
  return getBook(db, id).exportVersion + 1;
}

/** Records that `version` was exported (after the file is written, so a failed export uses no number). */
export function recordExport(db: Database, id: string, version: number): void {
  q(db).recordExport.run(version, id, version);
}

export function touchBook(db: Database, id: string): void {
  q(db).touch.run(nowIso(), id);
}
