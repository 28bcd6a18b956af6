import { CONTENT_TABLES, type BundleContent, type BundleRow, type ContentTable } from './bundle-format';
import type { RawBundleContent } from './read-bundle';

/**
 * How a verified bundle travels from the bundle worker to the main thread. Posting the rows as
 * arrays of values cost the main thread about a second per 10,000 summaries of structured-clone
 * work (every value rebuilt one by one, most of it summary text held as two-byte strings) plus
 * the garbage after it. Instead:
 * - summary bodies travel as their UTF-8 bytes, exactly as SQLite stores them, in one
 *   transferred buffer; the merge binds them with CAST(? AS TEXT), so a body never becomes a
 *   JavaScript string on the main thread unless a conflict needs to show or compare it;
 * - every other value goes column-wise: numbers and string references in typed arrays
 *   (transferred, not copied), each distinct string once (a tag table repeats the same few).
 */
export interface PackedTable {
  rows: number;
  width: number;
  /** Per value: NULL, NUMBER, TEXT (numbers[i] indexes `strings`) or BYTES (numbers[i] indexes the bodies). */
  kinds: Uint8Array;
  numbers: Float64Array;
  strings: string[];
}

export interface ShippedContent {
  manifest: BundleContent['manifest'];
  columns: BundleContent['columns'];
  fileBytes: number;
  tables: Record<ContentTable, PackedTable>;
  /** All summary bodies' UTF-8 bytes back to back; bodyEnds[i] is where body i ends. */
  bodyBytes: Uint8Array;
  bodyEnds: Float64Array;
  /** summaryContentHash of each summary, computed where the text is a string (the worker). */
  summaryHashes: string[];
}

const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const BYTES = 3;

/** Packs a verified bundle (summary bodies already bytes, see read-content-rows.ts) for postMessage. */
export function packContent(verified: RawBundleContent): { message: ShippedContent; transfer: ArrayBuffer[] } {
  const bodyColumn = verified.columns.summaries.indexOf('body');
  const bodies = verified.raw.summaries.map((row) => row[bodyColumn]);
  if (!bodies.every((b): b is Uint8Array => b instanceof Uint8Array)) throw new Error('summary bodies must be read as bytes');
  const bodyBytes = new Uint8Array(bodies.reduce((n, b) => n + b.length, 0));
  const bodyEnds = new Float64Array(bodies.length);
  let at = 0;
  bodies.forEach((bytes, i) => {
    bodyBytes.set(bytes, at);
    at += bytes.length;
    bodyEnds[i] = at;
  });
  const tables = {} as Record<ContentTable, PackedTable>;
  for (const { table } of CONTENT_TABLES) {
    tables[table] = packTable(verified.raw[table], verified.columns[table].length, table === 'summaries' ? bodyColumn : -1);
  }
  const message: ShippedContent = {
    manifest: verified.manifest,
    columns: verified.columns,
    fileBytes: verified.fileBytes,
    tables,
    bodyBytes,
    bodyEnds,
    summaryHashes: verified.summaryHashes,
  };
  const transfer = [bodyBytes.buffer, bodyEnds.buffer, ...CONTENT_TABLES.flatMap(({ table }) => [tables[table].kinds.buffer, tables[table].numbers.buffer])];
  return { message, transfer: transfer as ArrayBuffer[] };
}

function packTable(rows: readonly (readonly unknown[])[], width: number, bytesColumn: number): PackedTable {
  const kinds = new Uint8Array(rows.length * width);
  const numbers = new Float64Array(rows.length * width);
  const strings: string[] = [];
  const index = new Map<string, number>();
  let i = 0;
  rows.forEach((row, r) => {
    if (row.length !== width) throw new Error(`a row has ${row.length} values, expected ${width}`);
    for (let c = 0; c < width; c++, i++) {
      const value = row[c];
      if (c === bytesColumn) {
        kinds[i] = BYTES;
        numbers[i] = r;
      } else if (value === null) {
        kinds[i] = NULL;
      } else if (typeof value === 'number') {
        kinds[i] = NUMBER;
        numbers[i] = value;
      } else if (typeof value === 'string') {
        let at = index.get(value);
        if (at === undefined) {
          at = strings.push(value) - 1;
          index.set(value, at);
        }
        kinds[i] = TEXT;
        numbers[i] = at;
      } else {
        // Bundle tables are STRICT: SQLite lets nothing else into them.
        throw new Error(`a value of type ${typeof value} cannot occur in a bundle table`);
      }
    }
  });
  return { rows: rows.length, width, kinds, numbers, strings };
}

/** Rows keyed by column name, as the merge reads them; summaries.body is a view of the shipped bytes. */
export function unpackContent(shipped: ShippedContent): BundleContent {
  const bodies = Buffer.from(shipped.bodyBytes.buffer, shipped.bodyBytes.byteOffset, shipped.bodyBytes.byteLength);
  const bodyAt = (i: number) => bodies.subarray(i === 0 ? 0 : shipped.bodyEnds[i - 1]!, shipped.bodyEnds[i]!);
  const rows = {} as Record<ContentTable, BundleRow[]>;
  for (const { table } of CONTENT_TABLES) rows[table] = unpackTable(shipped.tables[table], shipped.columns[table], bodyAt);
  return { manifest: shipped.manifest, columns: shipped.columns, rows, fileBytes: shipped.fileBytes, summaryHashes: shipped.summaryHashes };
}

function unpackTable(table: PackedTable, columns: readonly string[], bodyAt: (i: number) => Buffer): BundleRow[] {
  const { rows, width, kinds, numbers, strings } = table;
  const out: BundleRow[] = new Array(rows);
  let i = 0;
  for (let r = 0; r < rows; r++) {
    const row: BundleRow = {};
    for (let c = 0; c < width; c++, i++) {
      const kind = kinds[i];
      row[columns[c]!] = kind === TEXT ? strings[numbers[i]!]! : kind === NUMBER ? numbers[i]! : kind === BYTES ? bodyAt(numbers[i]!) : null;
    }
    out[r] = row;
  }
  return out;
}
