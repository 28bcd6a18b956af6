import type { Vocabulary } from './vocabulary';

/** What every benchmark section gets: options of this run and where to put things. */
export interface BenchContext {
  root: string;
  quick: boolean;
  vocab: Vocabulary;
  /** A scratch folder for this run, removed at the end. */
  tmp: string;
  /** Library size for the search section in quick mode (full mode always uses 100,000). */
  searchQuickN: number;
  /** Progress lines (stderr, so --json output stays clean). */
  log: (line: string) => void;
}
