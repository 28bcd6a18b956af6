import { CONTENT_TABLES, type BundleContent, type BundleRows, type ContentTable, type UncheckedRow } from '../bundle-format';

/**
 * A verified bundle in the form the reader builds it and the worker posts it to the main
 * thread. Rows as arrays of values cost about a second per 10,000 summaries of structured-clone
 * work on the main thread, and holding them made the reader's garbage collector copy ~650,000
 * small objects around. Instead:
 * - summary bodies are their UTF-8 bytes exactly as SQLite stores them (read-content-rows.ts
 *   checks they are exactly the verified text), transferred, not copied; the merge binds them
 *   with CAST(? AS TEXT), so a body becomes a string on the main thread only if a conflict
 *   needs to compare it;
 * - every other value is stored column-wise as it is read: numbers and string references in
 *   typed arrays (transferred, not copied), each distinct string once (tags repeat a few).
 */
export interface PackedTable {
  rows: number;
  width: number;
  /** Per value: NULL, NUMBER, TEXT (numbers[i] indexes `strings`) or BYTES (numbers[i] indexes the bodies). */
  kinds: Uint8Array;
  numbers: Float64Array;
  strings: string[];
}

export interface PackedContent {
  manifest: BundleContent['manifest'];
  columns: BundleContent['columns'];
  fileBytes: number;
  tables: Record<ContentTable, PackedTable>;
  /** Each summary's body as UTF-8 bytes, in row order. */
  bodies: Uint8Array[];
}

const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const BYTES = 3;

/** Builds one PackedTable row by row. */
export class PackedTableBuilder {
  private kinds: Uint8Array;
  private numbers: Float64Array;
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly seen: Array<{ lookups: number; hits: number }>;
  private rows = 0;
  private at = 0;

  constructor(
    private readonly width: number,
    expectedRows: number,
    /** The column whose values are added as bytes (summaries.body), or -1. */
    private readonly bytesColumn = -1,
  ) {
    this.seen = Array.from({ length: width }, () => ({ lookups: 0, hits: 0 }));
    this.kinds = new Uint8Array(Math.max(1, expectedRows) * width);
    this.numbers = new Float64Array(Math.max(1, expectedRows) * width);
  }

  /** Adds a row; in the bytes column `values` holds anything, and the row number is stored instead. */
  add(values: readonly unknown[]): void {
    if (values.length !== this.width) throw new Error(`a row has ${values.length} values, expected ${this.width}`);
    if (this.at + this.width > this.kinds.length) this.grow();
    for (let c = 0; c < this.width; c++, this.at++) {
      const value = values[c];
      if (c === this.bytesColumn) {
        this.kinds[this.at] = BYTES;
        this.numbers[this.at] = this.rows;
      } else if (value === null) {
        this.kinds[this.at] = NULL;
      } else if (typeof value === 'number') {
        this.kinds[this.at] = NUMBER;
        this.numbers[this.at] = value;
      } else if (typeof value === 'string') {
        this.kinds[this.at] = TEXT;
        this.numbers[this.at] = this.intern(c, value);
      } else {
        // Bundle tables are STRICT: SQLite lets nothing else into them.
        throw new Error(`a value of type ${typeof value} cannot occur in a bundle table`);
      }
    }
    this.rows++;
  }

  /**
   * A string's place in `strings`: a repeated one is stored once. A column whose values turn
   * out to be nearly all different (ids, titles) stops being looked up, which costs more than
   * it saves there.
   */
  private intern(column: number, value: string): number {
    const seen = this.seen[column]!;
    if (seen.lookups >= 512 && seen.hits * 8 < seen.lookups) return this.strings.push(value) - 1;
    seen.lookups++;
    const ref = this.index.get(value);
    if (ref !== undefined) {
      seen.hits++;
      return ref;
    }
    const added = this.strings.push(value) - 1;
    this.index.set(value, added);
    return added;
  }

  finish(): PackedTable {
    return {
      rows: this.rows,
      width: this.width,
      kinds: this.kinds.slice(0, this.at),
      numbers: this.numbers.slice(0, this.at),
      strings: this.strings,
    };
  }

  private grow(): void {
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.kinds = kinds;
    this.numbers = numbers;
  }
}

/** The buffers a postMessage of `content` may transfer instead of copying. */
export function transferables(content: PackedContent): ArrayBuffer[] {
  const tables = CONTENT_TABLES.flatMap(({ table }) => [content.tables[table].kinds.buffer, content.tables[table].numbers.buffer]);
  // Each body keeps the buffer SQLite's copy was made into (copying them into one would cost
  // fresh memory for all of them); a buffer listed twice would make postMessage throw.
  return [...new Set([...content.bodies.map((b) => b.buffer), ...tables])] as ArrayBuffer[];
}

/** Rows keyed by column name, made one at a time (validation reads each row once). */
export function* packedRows(content: PackedContent, table: ContentTable): Generator<UncheckedRow> {
  const { rows, width, kinds, numbers, strings } = content.tables[table];
  const columns = content.columns[table];
  let i = 0;
  for (let r = 0; r < rows; r++) {
    const row: UncheckedRow = {};
    for (let c = 0; c < width; c++, i++) {
      const kind = kinds[i];
      if (kind === TEXT) row[columns[c]!] = strings[numbers[i]!]!;
      else if (kind === NUMBER) row[columns[c]!] = numbers[i]!;
      else if (kind === BYTES) row[columns[c]!] = content.bodies[numbers[i]!]!;
      else row[columns[c]!] = null;
    }
    yield row;
  }
}

/**
 * Everything as rows keyed by column name, as the merge reads them; summaries.body is a view
 * of the bytes. Only for content the reader verified (validate-bundle-rows.ts): that check is
 * what makes the rows the library's row types.
 */
export function unpackContent(content: PackedContent): BundleContent {
  const rows = {} as Record<ContentTable, UncheckedRow[]>;
  for (const { table } of CONTENT_TABLES) rows[table] = [...packedRows(content, table)];
  return { manifest: content.manifest, columns: content.columns, rows: rows as unknown as BundleRows, fileBytes: content.fileBytes };
}
