import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { BatchedInsert } from './batched-insert';

export type JournalTarget = 'summary' | 'entity' | 'alias' | 'tag' | 'book';

/** The fields that make a summary's content; a change in any of them is an edit. */
export const SUMMARY_CONTENT_FIELDS = [
  'title',
  'meeting_date',
  'date_precision',
  'date_start',
  'date_end',
  'city',
  'country',
  'source_name',
  'source_url',
  'body',
  'key_points',
  'notes',
  'language',
  'content_hash',
] as const;

export function summaryContentHash(row: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(SUMMARY_CONTENT_FIELDS.map((f) => row[f] ?? null)))
    .digest('hex');
}

export function sameSummaryContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return SUMMARY_CONTENT_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

export const keyOf = {
  alias: (kind: string, matchKey: string) => `${kind}\u001f${matchKey}`,
  tag: (summaryId: string, entityId: number) => `${summaryId}\u001f${entityId}`,
};

/**
 * Appends one import's changes, in order, inside the import's transaction. Rows are written
 * 64 to a statement (batched-insert.ts; the merge runs with temp_store MEMORY so their
 * statement journals stay in memory): call flush() before the transaction ends.
 */
export class ImportJournal {
  private step = 0;
  private readonly rows: BatchedInsert;

  constructor(
    db: Database,
    readonly importId: string,
  ) {
    this.rows = new BatchedInsert(db, 'INSERT INTO import_journal (import_id, step, action, target, row_key, before_image, after_hash)', 7);
  }

  get size(): number {
    return this.step;
  }

  inserted(target: JournalTarget, key: string, afterHash: string | null = null): void {
    this.append('insert', target, key, null, afterHash);
  }

  updated(target: JournalTarget, key: string, before: Record<string, unknown>, afterHash: string | null = null): void {
    this.append('update', target, key, JSON.stringify(before), afterHash);
  }

  flush(): void {
    this.rows.flush();
  }

  private append(action: 'insert' | 'update', target: JournalTarget, key: string, before: string | null, afterHash: string | null): void {
    this.rows.add(this.importId, ++this.step, action, target, key, before, afterHash);
  }
}
