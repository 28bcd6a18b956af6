import type { Database, Statement } from 'better-sqlite3';
import type { EntityKind } from './types';
import { changeStamp } from './change-stamp';

/**
 * An in-memory, per-connection copy of what search filters, sorts and counts facets on:
 * each summary's dates and its (non-rejected) tags, addressed by the summary's `seq`.
 *
 * Why: facets are counted over the whole result set, and a broad query at 100,000
 * summaries matches most of them; doing that in SQL means joining hundreds of thousands
 * of summary_entities rows through the text `summary_id` on every keystroke (seconds).
 * With this copy the whole filter + facet + top-N step is a linear scan of small typed
 * arrays (milliseconds), and the FTS5 MATCH is the only real cost left.
 *
 * Freshness: the copy is rebuilt when anything was written since it was taken, by this
 * connection or another one (change-stamp.ts). A rebuild costs
 * one scan of the summaries table (its dates; ~250 ms of the total at 100,000, reading every
 * row's page) and one pass over summary_entities' primary-key index: about 0.5-0.65 CPU-s at
 * 100,000 summaries on a slow 2-core machine, a few milliseconds at a few thousand.
 */

export interface SearchIndex {
  /** Row of a summary in the arrays below, by its seq (-1: no such summary). */
  rowOf: (seq: number) => number;
  seqs: Int32Array;
  /** YYYYMMDD, or -1 when the meeting has no date. */
  dateStart: Int32Array;
  dateEnd: Int32Array;
  /** Tags of row r are tagIds[tagStart[r] .. tagStart[r + 1]). */
  tagStart: Int32Array;
  tagIds: Int32Array;
  entities: Map<number, { kind: EntityKind; name: string }>;
  /** One more than the largest entity id in tagIds or entities: facet counts go in an array this long. */
  entityIdLimit: number;
}

interface Cached {
  index: SearchIndex;
  stamp: string;
}

interface IndexQueries {
  summaries: Statement;
  tags: Statement;
  rejected: Statement;
  entities: Statement;
}

const cache = new WeakMap<Database, Cached>();
const indexQueries = new WeakMap<Database, IndexQueries>();

// Why one string per query: better-sqlite3 spends about 0.7 µs handing each row to JS, so
// 800,000 tag rows cost ~0.5-1.5 s as rows but ~15 ms as one concatenated string read
// back with charCodeAt. Dates go over as the stored YYYY-MM-DD text ("n" for none): every
// writer stores dateRange() output, and reading the digits gives what dateNumber() gives.
const SUMMARIES_SQL = `SELECT group_concat(seq || ' ' || ifnull(date_start, 'n') || ' ' || ifnull(date_end, 'n'), ' ')
  FROM summaries`;
// Tags per summary through the two covering indexes (summaries.id, summary_entities' primary
// key): "seq count id id ..." per tagged summary. The status is not in those indexes, so
// rejected tags are read apart (below) and taken out, instead of 800,000 table look-ups.
const TAGS_SQL = `SELECT group_concat(seq || ' ' || tags, ' ') FROM (
  SELECT s.seq AS seq, (SELECT count(*) || ' ' || group_concat(se.entity_id, ' ')
    FROM summary_entities se WHERE se.summary_id = s.id) AS tags
  FROM summaries s)`;
// Rejected tags are few: one index seek per entity on (entity_id, status).
const REJECTED_SQL = `SELECT s.seq, se.entity_id FROM entities e
  CROSS JOIN summary_entities se INDEXED BY summary_entities_by_entity
  JOIN summaries s ON s.id = se.summary_id
  WHERE se.entity_id = e.id AND se.status = 'rejected'`;

function indexQueriesOf(db: Database): IndexQueries {
  let p = indexQueries.get(db);
  if (!p) {
    p = {
      summaries: db.prepare(SUMMARIES_SQL).pluck(),
      tags: db.prepare(TAGS_SQL).pluck(),
      rejected: db.prepare(REJECTED_SQL).raw(),
      entities: db.prepare('SELECT id, kind, name FROM entities'),
    };
    indexQueries.set(db, p);
  }
  return p;
}

/** "2024-07-27" -> 20240727; null -> -1. */
export function dateNumber(iso: string | null): number {
  if (!iso) return -1;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/** Reads space-separated numbers (and YYYY-MM-DD dates, "n" for none) from one string. */
class Tokens {
  private at = 0;
  constructor(private readonly text: string) {}
  get done(): boolean {
    return this.at >= this.text.length;
  }
  /** The next number; a date token gives its digits (2024-07-27 -> 20240727), "n" gives -1. */
  next(): number {
    const text = this.text;
    let i = this.at;
    if (text.charCodeAt(i) === 110 /* n */) {
      this.at = i + 2;
      return -1;
    }
    let value = 0;
    for (let c = text.charCodeAt(i); c !== 32 && i < text.length; c = text.charCodeAt(++i)) {
      if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    }
    this.at = i + 1;
    return value;
  }
}

function build(db: Database, p: IndexQueries): SearchIndex {
  // Summaries: seq, start, end triples, in rowid (= seq) order from the table scan.
  const summaries = new Tokens((p.summaries.get() as string | null) ?? '');
  let seqList: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let ordered = true;
  while (!summaries.done) {
    const seq = summaries.next();
    if (seqList.length > 0 && seq <= seqList[seqList.length - 1]!) ordered = false;
    seqList.push(seq);
    starts.push(summaries.next());
    ends.push(summaries.next());
  }
  const n = seqList.length;
  // Rows are in seq order; SQLite scans a rowid table that way, sorted here if it ever did not.
  let order: number[] | undefined;
  if (!ordered) {
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) => seqList[a]! - seqList[b]!);
    seqList = order.map((i) => seqList[i]!);
  }
  const seqs = Int32Array.from(seqList);
  const dateStart = Int32Array.from(order ? order.map((i) => starts[i]!) : starts);
  const dateEnd = Int32Array.from(order ? order.map((i) => ends[i]!) : ends);
  const maxSeq = n ? seqs[n - 1]! : 0;
  // seq is normally dense (1..n); a sparse one (rows inserted with huge seqs) gets a Map.
  const dense = maxSeq <= Math.max(1_000_000, 4 * n);
  const bySeq = dense ? new Int32Array(maxSeq + 1).fill(-1) : undefined;
  const byMap = dense ? undefined : new Map<number, number>();
  for (let r = 0; r < n; r++) {
    if (bySeq) bySeq[seqs[r]!] = r;
    else byMap!.set(seqs[r]!, r);
  }
  const rowOf = bySeq ? (seq: number) => bySeq[seq] ?? -1 : (seq: number) => byMap!.get(seq) ?? -1;

  // Tags: "seq count id id ..." groups in any summary order. Pass 1 counts per row, pass 2 places.
  const tagsText = (p.tags.get() as string | null) ?? '';
  const tagStart = new Int32Array(n + 1);
  let total = 0;
  for (const t = new Tokens(tagsText); !t.done; ) {
    const r = rowOf(t.next());
    const count = t.next();
    for (let k = 0; k < count; k++) t.next();
    tagStart[r + 1] = count;
    total += count;
  }
  for (let r = 0; r < n; r++) tagStart[r + 1]! += tagStart[r]!;
  const tagIds = new Int32Array(total);
  for (const t = new Tokens(tagsText); !t.done; ) {
    let at = tagStart[rowOf(t.next())]!;
    for (let k = t.next(); k > 0; k--) tagIds[at++] = t.next();
  }
  const kept = withoutRejected(p.rejected.all() as Array<[number, number]>, rowOf, tagStart, tagIds);

  const entities = new Map<number, { kind: EntityKind; name: string }>();
  let maxEntityId = 0;
  for (const { id, kind, name } of p.entities.all() as Array<{ id: number; kind: EntityKind; name: string }>) {
    entities.set(id, { kind, name });
    if (id > maxEntityId) maxEntityId = id;
  }
  for (const id of kept.tagIds) if (id > maxEntityId) maxEntityId = id;
  return { rowOf, seqs, dateStart, dateEnd, ...kept, entities, entityIdLimit: maxEntityId + 1 };
}

/** The row -> tags layout with the rejected (seq, entity) pairs taken out (usually none). */
function withoutRejected(
  rejected: Array<[number, number]>,
  rowOf: (seq: number) => number,
  tagStart: Int32Array,
  tagIds: Int32Array,
): { tagStart: Int32Array; tagIds: Int32Array } {
  if (rejected.length === 0) return { tagStart, tagIds };
  const byRow = new Map<number, Set<number>>();
  for (const [seq, entity] of rejected) {
    const r = rowOf(seq);
    if (r < 0) continue;
    let set = byRow.get(r);
    if (!set) byRow.set(r, (set = new Set()));
    set.add(entity);
  }
  const n = tagStart.length - 1;
  const outStart = new Int32Array(n + 1);
  const outIds = new Int32Array(tagIds.length);
  let at = 0;
  for (let r = 0; r < n; r++) {
    const drop = byRow.get(r);
    for (let i = tagStart[r]!, end = tagStart[r + 1]!; i < end; i++) {
      if (!drop || !drop.has(tagIds[i]!)) outIds[at++] = tagIds[i]!;
    }
    outStart[r + 1] = at;
  }
  return { tagStart: outStart, tagIds: outIds.slice(0, at) };
}

/** The current index for this connection, rebuilt first when the library changed. */
export function searchIndex(db: Database): SearchIndex {
  const stamp = changeStamp(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.index;
  const index = build(db, indexQueriesOf(db));
  cache.set(db, { index, stamp });
  return index;
}

/** Whether row r carries a (non-rejected) tag of the entity. */
export function hasTag(index: SearchIndex, r: number, entityId: number): boolean {
  for (let i = index.tagStart[r]!, end = index.tagStart[r + 1]!; i < end; i++) if (index.tagIds[i] === entityId) return true;
  return false;
}

const dateOrders = new WeakMap<SearchIndex, { 1?: Int32Array; [-1]?: Int32Array }>();

/**
 * Every row sorted by meeting date (dir 1: oldest first, -1: newest first), undated last,
 * ties by seq in the same direction: the order of an unfiltered library listing. Sorted once
 * per index, so a page anywhere in 100,000 summaries (the list scrolled or dragged to the
 * middle) is a slice instead of a full sort (60-100 ms at 100,000 on a slow machine).
 */
export function dateOrder(index: SearchIndex, dir: 1 | -1): Int32Array {
  let orders = dateOrders.get(index);
  if (!orders) dateOrders.set(index, (orders = {}));
  const cached = orders[dir];
  if (cached) return cached;
  const order = dateOrderByKeys(index, dir) ?? dateOrderByCompare(index, dir);
  orders[dir] = order;
  return order;
}

const ROW_SPAN = 2 ** 21;
const LAST_DATE = 99_999_999;

/**
 * The date order by sorting one number per row (date, then row, packed exactly below 2^53):
 * a comparator-free Float64Array sort, several times faster than dateOrderByCompare. Rows are
 * in seq order, so ties by row are ties by seq. Undefined beyond 2^21 rows or for a date
 * outside YYYYMMDD, where the comparator does it.
 */
function dateOrderByKeys(index: SearchIndex, dir: 1 | -1): Int32Array | undefined {
  const { dateStart } = index;
  const n = dateStart.length;
  if (n >= ROW_SPAN) return undefined;
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const date = dateStart[r]!;
    if (date < -1 || date > LAST_DATE) return undefined;
    const rank = date === -1 ? LAST_DATE + 1 : dir === 1 ? date : LAST_DATE - date;
    keys[r] = rank * ROW_SPAN + (dir === 1 ? r : n - 1 - r);
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const tie = keys[i]! % ROW_SPAN;
    order[i] = dir === 1 ? tie : n - 1 - tie;
  }
  return order;
}

function dateOrderByCompare(index: SearchIndex, dir: 1 | -1): Int32Array {
  const { dateStart, seqs } = index;
  return Int32Array.from({ length: seqs.length }, (_, r) => r).sort((i, j) => {
    const a = dateStart[i]!;
    const b = dateStart[j]!;
    if (a !== b) return a === -1 ? 1 : b === -1 ? -1 : (a - b) * dir;
    return (seqs[i]! - seqs[j]!) * dir;
  });
}
