import type { Database, Statement } from 'better-sqlite3';

const ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows many to a statement (`INSERT ... VALUES (?, ...), (?, ...), ...`), for writing
 * a bundle file. Each run of a statement has a fixed cost, and for the library's tables more
 * than usual: every CHECK (x IN ('a', 'b', 'c')) builds a small temporary b-tree per run, and
 * depending on the state of the heap the C library hands its memory back to the system and asks
 * for it again every time: an export of 10,000 summaries then took 25 s instead of 2, nearly
 * all of it system time. Rows go in in the order they were added; call flush() at the end.
 * Values are bound, never spliced into SQL.
 *
 * Only for connections with temp_store = MEMORY (an export's bundle, a library merge): a
 * multi-row statement that may fail half-way (foreign keys, constraints) keeps a statement
 * journal, which otherwise spills to a temporary file (in a merge that made it slower, not faster).
 */
export class BatchedInsert {
  private readonly pending: unknown[] = [];
  private readonly statements = new Map<number, Statement>();
  /** Rows actually inserted so far (INSERT OR IGNORE may skip some). */
  changes = 0;

  constructor(
    private readonly db: Database,
    /** `INSERT [OR IGNORE] INTO table (col, ...)`, without VALUES. */
    private readonly head: string,
    private readonly width: number,
  ) {}

  add(...values: unknown[]): void {
    if (values.length !== this.width) throw new Error(`BatchedInsert: ${values.length} values for ${this.width} columns`);
    for (const v of values) this.pending.push(v);
    if (this.pending.length >= ROWS_PER_STATEMENT * this.width) this.flush();
  }

  flush(): void {
    const rows = this.pending.length / this.width;
    if (rows === 0) return;
    this.changes += this.statement(rows).run(this.pending).changes;
    this.pending.length = 0;
  }

  private statement(rows: number): Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const row = `(${new Array(this.width).fill('?').join(', ')})`;
      statement = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(row).join(', ')}`);
      this.statements.set(rows, statement);
    }
    return statement;
  }
}
