import type { Database } from 'better-sqlite3';
import type { BookSettings } from '../books/book-types';
import { copyBookNotesRows } from './book-notes';
import { copyFrontMatterRows } from './book-front-matter';
import { statements } from './statements';

/**
 * The `books` and `book_items` tables. books/book-store.ts and book-items.ts give them their
 * meaning (settings, order); a bundle merge and its undo add and remove whole rows.
 */
export interface BookRow {
  id: string;
  title: string;
  subtitle: string;
  prepared_for: string;
  prepared_by: string;
  book_date: string | null;
  classification: string;
  purpose: string;
  group_by: BookSettings['groupBy'];
  group_by_second: BookSettings['groupBySecond'];
  group_order: BookSettings['groupOrder'];
  item_order: BookSettings['itemOrder'];
  manual_group_order: string;
  options: string;
  saved_search: string | null;
  export_version: number;
  created_at: string;
  updated_at: string;
}

export const bookStatements = statements((db) => ({
  byId: db.prepare<[string], BookRow>('SELECT * FROM books WHERE id = ?'),
  list: db.prepare<[], BookRow & { item_count: number }>(
    `SELECT b.*, (SELECT count(*) FROM book_items i WHERE i.book_id = b.id) AS item_count
     FROM books b ORDER BY b.updated_at DESC, b.title`,
  ),
  itemIds: db.prepare<[string], { summary_id: string }>(
    'SELECT summary_id FROM book_items WHERE book_id = ? ORDER BY position, summary_id',
  ),
  insert: db.prepare(
    `INSERT INTO books (id, title, subtitle, prepared_for, prepared_by, book_date, classification, purpose, group_by,
       group_by_second, group_order, item_order, manual_group_order, options, saved_search, created_at, updated_at)
     VALUES (@id, @title, @subtitle, @preparedFor, @preparedBy, @date, @classification, @purpose, @groupBy,
       @groupBySecond, @groupOrder, @itemOrder, @manualGroupOrder, @options, @savedSearch, @createdAt, @updatedAt)`,
  ),
  update: db.prepare(
    `UPDATE books SET title = @title, subtitle = @subtitle, prepared_for = @preparedFor, prepared_by = @preparedBy,
       book_date = @date, classification = @classification, purpose = @purpose, group_by = @groupBy,
       group_by_second = @groupBySecond, group_order = @groupOrder, item_order = @itemOrder,
       manual_group_order = @manualGroupOrder, options = @options, saved_search = @savedSearch, updated_at = @updatedAt
     WHERE id = @id`,
  ),
  touch: db.prepare<[string, string]>('UPDATE books SET updated_at = ? WHERE id = ?'),
  // An export is not an edit: updated_at stays.
  recordExport: db.prepare<[number, string, number]>('UPDATE books SET export_version = ? WHERE id = ? AND export_version < ?'),
  delete: db.prepare<[string]>('DELETE FROM books WHERE id = ?'),
}));

export const bookItemStatements = statements((db) => ({
  summaryExists: db.prepare<[string], { id: string }>('SELECT id FROM summaries WHERE id = ?'),
  has: db.prepare<[string, string], { position: number }>('SELECT position FROM book_items WHERE book_id = ? AND summary_id = ?'),
  maxPosition: db.prepare<[string], { p: number | null }>('SELECT max(position) AS p FROM book_items WHERE book_id = ?'),
  insert: db.prepare<[string, string, number]>('INSERT INTO book_items (book_id, summary_id, position) VALUES (?, ?, ?)'),
  remove: db.prepare<[string, string]>('DELETE FROM book_items WHERE book_id = ? AND summary_id = ?'),
  setPosition: db.prepare<[number, string, string]>('UPDATE book_items SET position = ? WHERE book_id = ? AND summary_id = ?'),
}));

const copying = statements((db) => ({
  // Every setting is copied as stored; export_version is left to its default: the copy has no exports yet.
  book: db.prepare<{ id: string; title: string; sourceId: string; now: string }>(
    `INSERT INTO books (id, title, subtitle, prepared_for, prepared_by, book_date, classification, purpose, group_by,
       group_by_second, group_order, item_order, manual_group_order, options, saved_search, created_at, updated_at)
     SELECT @id, @title, subtitle, prepared_for, prepared_by, book_date, classification, purpose, group_by,
       group_by_second, group_order, item_order, manual_group_order, options, saved_search, @now, @now
     FROM books WHERE id = @sourceId`,
  ),
  items: db.prepare<[string, string]>('INSERT INTO book_items (book_id, summary_id, position) SELECT ?, summary_id, position FROM book_items WHERE book_id = ?'),
}));

/**
 * Copies a book's row (settings, manual group order, options, saved search), its items in
 * their positions, their briefing notes and the front matter under a new id and title, in one
 * transaction. False when the source is gone.
 */
export function copyBookRows(db: Database, sourceId: string, copy: { id: string; title: string; now: string }): boolean {
  return db.transaction(() => {
    if (copying(db).book.run({ ...copy, sourceId }).changes === 0) return false;
    copying(db).items.run(copy.id, sourceId);
    copyBookNotesRows(db, copy.id, sourceId);
    copyFrontMatterRows(db, copy.id, sourceId);
    return true;
  })();
}

/** A `book_items` row exactly as stored (and as a bundle carries it). */
export interface BookItemRow {
  book_id: string;
  summary_id: string;
  position: number;
}

const bundleRows = statements((db) => ({
  exists: db.prepare<[string], number>('SELECT 1 FROM books WHERE id = ?').pluck(),
  insertItem: db.prepare<[string, string, number]>('INSERT OR IGNORE INTO book_items (book_id, summary_id, position) VALUES (?, ?, ?)'),
}));

const knownColumns = statements((db) => ({ books: db.prepare<[], string>("SELECT name FROM pragma_table_info('books')").pluck() }));

/** Book rows as a bundle merge and its undo write them. */
export const bookRows = {
  exists: (db: Database, id: string): boolean => bundleRows(db).exists.get(id) !== undefined,
  /** A statement adding books with a bundle's columns (an older bundle has fewer; the rest take defaults). */
  inserter(db: Database, columns: readonly string[]): (row: Partial<BookRow>) => void {
    const known = new Set(knownColumns(db).books.all());
    for (const c of columns) if (!known.has(c)) throw new Error(`books has no column ${c}`);
    const insert = db.prepare(`INSERT INTO books (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    return (row) => void insert.run(row);
  },
  insertItem: (db: Database, item: BookItemRow): void => void bundleRows(db).insertItem.run(item.book_id, item.summary_id, item.position),
  delete: (db: Database, id: string): number => bookStatements(db).delete.run(id).changes,
};

const shrinking = statements((db) => ({
  count: db.prepare<[string, string], { items: number; books: number }>(
    `SELECT count(*) AS items, count(DISTINCT book_id) AS books FROM book_items
     WHERE summary_id IN (SELECT value FROM json_each(?)) AND book_id NOT IN (SELECT value FROM json_each(?))`,
  ),
}));

/** How many items, in how many books other than `exceptBooks`, go when these summaries go. */
export function bookItemsLeavingWith(db: Database, summaryIds: readonly string[], exceptBooks: readonly string[]): { items: number; books: number } {
  return shrinking(db).count.get(JSON.stringify(summaryIds), JSON.stringify(exceptBooks))!;
}
