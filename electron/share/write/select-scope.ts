import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors';
import { search } from '../../library/search';
import type { BundleScope } from '../bundle-scope';

const PAGE = 500;

/**
 * The summaries a bundle of this scope holds. A filter means exactly what it means in the
 * library's search (same entity/alias resolution, same date overlap rule), because it is
 * answered by search() itself, page by page.
 */
export function summaryIdsInScope(db: Database, scope: BundleScope): string[] {
  if (scope.kind === 'library') {
    return db.prepare('SELECT id FROM summaries ORDER BY id').pluck().all() as string[];
  }
  if (scope.kind === 'book') {
    const book = db.prepare('SELECT 1 FROM books WHERE id = ?').get(scope.bookId);
    if (!book) throw new AppError('NOT_FOUND', `No book has id ${scope.bookId}.`);
    return db.prepare('SELECT summary_id FROM book_items WHERE book_id = ? ORDER BY position, summary_id').pluck().all(scope.bookId) as string[];
  }
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const result = search(db, { ...scope.query, sort: 'date-asc', limit: PAGE, offset });
    ids.push(...result.hits.map((h) => h.id));
    if (result.hits.length < PAGE || ids.length >= result.total) break;
  }
  return [...new Set(ids)];
}

/** Books travel with a whole-library bundle and with a one-book bundle; a filtered part has none. */
export function bookIdsInScope(db: Database, scope: BundleScope): string[] {
  if (scope.kind === 'book') return [scope.bookId];
  if (scope.kind === 'library') return db.prepare('SELECT id FROM books ORDER BY id').pluck().all() as string[];
  return [];
}
