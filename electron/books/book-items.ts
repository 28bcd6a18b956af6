import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { search } from '../library/search';
import { bookItemStatements as q } from '../library/books';
import { getBook, touchBook } from './book-store';
import type { Book } from './book-types';

/** Appends summaries to a book (already present ones stay where they are). All or nothing. */
export function addBookItems(db: Database, bookId: string, summaryIds: readonly string[]): Book {
  getBook(db, bookId);
  db.transaction(() => {
    let next = (q(db).maxPosition.get(bookId)?.p ?? -1) + 1;
    for (const id of summaryIds) {
      if (!q(db).summaryExists.get(id)) throw new AppError('NOT_FOUND', `No summary has id ${id}; nothing was added to the book.`);
      if (q(db).has.get(bookId, id)) continue;
      q(db).insert.run(bookId, id, next++);
    }
    touchBook(db, bookId);
  })();
  return getBook(db, bookId);
}

export function removeBookItems(db: Database, bookId: string, summaryIds: readonly string[]): Book {
  getBook(db, bookId);
  db.transaction(() => {
    for (const id of summaryIds) q(db).remove.run(bookId, id);
    touchBook(db, bookId);
  })();
  return getBook(db, bookId);
}

/** Sets the manual order: `orderedIds` must list exactly the book's items. */
export function reorderBookItems(db: Database, bookId: string, orderedIds: readonly string[]): Book {
  const book = getBook(db, bookId);
  const current = new Set(book.itemIds);
  const given = new Set(orderedIds);
  if (given.size !== orderedIds.length || given.size !== current.size || [...given].some((id) => !current.has(id))) {
    throw new AppError('INVALID_REQUEST', 'A new order must list every item of the book exactly once.');
  }
  db.transaction(() => {
    orderedIds.forEach((id, position) => q(db).setPosition.run(position, bookId, id));
    touchBook(db, bookId);
  })();
  return getBook(db, bookId);
}

const PAGE = 500;

/**
 * The summaries a book prints, in manual order: its chosen items, then every summary its
 * saved search finds now (a live source), without repeats.
 */
export function resolveBookSummaryIds(db: Database, book: Book): string[] {
  const ids = [...book.itemIds];
  const seen = new Set(ids);
  if (book.savedSearch) {
    for (let offset = 0; ; offset += PAGE) {
      const result = search(db, { ...book.savedSearch, limit: PAGE, offset });
      for (const hit of result.hits) {
        if (!seen.has(hit.id)) {
          seen.add(hit.id);
          ids.push(hit.id);
        }
      }
      if (result.hits.length < PAGE) break;
    }
  }
  return ids;
}
