import type { Database } from 'better-sqlite3';
import { statements } from './statements';
import type { LibraryStats } from './types';

export type { LibraryStats };

const q = statements((db) => ({
  stats: db.prepare<[], LibraryStats>(
    `SELECT
       (SELECT count(*) FROM summaries) AS summaries,
       (SELECT count(*) FROM entities WHERE kind = 'forum') AS forums,
       (SELECT count(*) FROM entities WHERE kind = 'actor') AS actors,
       (SELECT count(*) FROM entities WHERE kind = 'theme') AS themes,
       (SELECT count(*) FROM books) AS books,
       (SELECT min(date_start) FROM summaries) AS firstDate,
       (SELECT max(date_end) FROM summaries) AS lastDate`,
  ),
}));

export function libraryStats(db: Database): LibraryStats {
  return q(db).stats.get()!;
}
