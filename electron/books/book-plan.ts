import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { search, type SearchQuery } from '../library/search';
import { loadBookEntries } from './book-content';
import { resolveBookSummaryIds } from './book-items';
import { getBook } from './book-store';
import { getBookNotes, getFrontMatter } from './briefing-store';
import type { Book } from './book-types';
import { buildLayoutPlan, type LayoutPlan, type PlanSettings } from './layout-plan';

/** The plan of a stored book: its items and saved search as they are in the library now. */
export function planBook(db: Database, bookOrId: Book | string): LayoutPlan {
  const book = typeof bookOrId === 'string' ? getBook(db, bookOrId) : bookOrId;
  const entries = loadBookEntries(db, resolveBookSummaryIds(db, book));
  if (entries.length === 0) throw emptyBook(book.title);
  return buildLayoutPlan(book, entries, { notes: getBookNotes(db, book.id), front: getFrontMatter(db, book.id) });
}

/** The refusal of a book with nothing to print (checked before the save dialog, and again when planning). */
export function emptyBook(title: string): AppError {
  return new AppError('EMPTY_INPUT', `The book "${title}" has no summaries yet. Add some, or give it a saved search that finds some.`);
}

/** A one-off book of every summary matching a search (the CLI's `export` without --book). */
export function planFromQuery(db: Database, settings: PlanSettings, query: SearchQuery): LayoutPlan {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const result = search(db, { ...query, sort: query.sort ?? 'date-asc', limit: 500, offset });
    ids.push(...result.hits.map((h) => h.id));
    if (result.hits.length < 500) break;
  }
  if (ids.length === 0) throw new AppError('EMPTY_INPUT', 'No summaries match that search, so there is nothing to export.');
  return buildLayoutPlan(settings, loadBookEntries(db, ids));
}
