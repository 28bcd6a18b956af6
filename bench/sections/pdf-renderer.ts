import type { Database } from 'better-sqlite3';
import { findFunction } from '../domains';

/**
 * How the benchmark calls the books/PDF helpers, found at run time: planBook(db, bookId)
 * (electron/books) turns a stored book into a layout plan, renderBookToFile(plan, path,
 * options) (electron/pdf) writes it. Both are timed: that is what an export costs.
 */
export interface BookRenderer {
  label: string;
  render(db: Database, bookId: string, outPath: string): Promise<void>;
}

export function bookRenderer(): BookRenderer {
  const plan = findFunction<(db: Database, bookId: string) => unknown>('books', ['planBook'], ['book-plan']);
  const render = findFunction<(plan: unknown, path: string, options?: Record<string, unknown>) => Promise<unknown>>(
    'pdf',
    ['renderBookToFile'],
    ['render-book'],
  );
  return {
    label: `${plan.where} + ${render.where}`,
    render: async (db, bookId, outPath) => {
      await render.fn(plan.fn(db, bookId), outPath, { reproducible: true });
    },
  };
}
