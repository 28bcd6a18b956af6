import type { Database } from 'better-sqlite3';
import { findFunction } from '../domains';

/**
 * How the benchmark calls the books/PDF helper's renderer (electron/pdf), found at run time:
 * render one stored book of a library to a PDF file.
 */
export interface BookRenderer {
  label: string;
  render(db: Database, bookId: string, outPath: string): Promise<void>;
}

export function bookRenderer(): BookRenderer {
  const { fn, where } = findFunction<(db: Database, bookId: string, outPath: string, options?: Record<string, unknown>) => unknown>(
    'pdf',
    ['renderBookToFile', 'exportBookPdf', 'renderBook'],
  );
  return {
    label: where,
    render: async (db, bookId, outPath) => {
      await fn(db, bookId, outPath, { reproducible: true });
    },
  };
}
