import type { Database } from 'better-sqlite3';
import { BatchedInsert } from './batched-insert';
import type { JournalRow } from './imports';

export type JournalTarget = JournalRow['target'];

/** How a journal row names the row it changed, where the table's key is two columns. */
export const keyOf = {
  alias: (kind: string, matchKey: string) => `${kind}\u001f${matchKey}`,
  tag: (summaryId: string, entityId: number) => `${summaryId}\u001f${entityId}`,
  split: (rowKey: string): [string, string] => {
    const [a = '', b = ''] = rowKey.split('\u001f');
    return [a, b];
  },
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

  updated(target: JournalTarget, key: string, before: object, afterHash: string | null = null): void {
    this.append('update', target, key, JSON.stringify(before), afterHash);
  }

  flush(): void {
    this.rows.flush();
  }

  private append(action: JournalRow['action'], target: JournalTarget, key: string, before: string | null, afterHash: string | null): void {
    this.rows.add(this.importId, ++this.step, action, target, key, before, afterHash);
  }
}
