import type { Database, Statement } from 'better-sqlite3';
import type { EntityKind } from './types';

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
 * connection (`total_changes()`) or another one (`PRAGMA data_version`). A rebuild costs
 * one pass over summaries and summary_entities (a few seconds at 100,000 summaries on a
 * slow 2-core machine, tens of milliseconds at a few thousand).
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
  dataVersion: number;
  totalChanges: number;
}

interface Probes {
  dataVersion: Statement;
  totalChanges: Statement;
  summaries: Statement;
  tags: Statement;
  entities: Statement;
}

const cache = new WeakMap<Database, Cached>();
const probes = new WeakMap<Database, Probes>();

function probesOf(db: Database): Probes {
  let p = probes.get(db);
  if (!p) {
    p = {
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
      totalChanges: db.prepare('SELECT total_changes()').pluck(),
      // Plain row objects: better-sqlite3's .raw() arrays are several times slower to build.
      summaries: db.prepare('SELECT seq, id, date_start AS start, date_end AS "end" FROM summaries ORDER BY seq'),
      // No join to summaries: matching the text ids in a Map is far cheaper than 800,000
      // index look-ups at 100,000 summaries.
      tags: db.prepare("SELECT summary_id AS id, entity_id AS entity FROM summary_entities WHERE status <> 'rejected'"),
      entities: db.prepare('SELECT id, kind, name FROM entities'),
    };
    probes.set(db, p);
  }
  return p;
}

/** "2024-07-27" -> 20240727; null -> -1. */
export function dateNumber(iso: string | null): number {
  if (!iso) return -1;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function build(db: Database, p: Probes): SearchIndex {
  const rows = p.summaries.all() as Array<{ seq: number; id: string; start: string | null; end: string | null }>;
  const n = rows.length;
  const maxSeq = n ? rows[n - 1]!.seq : 0;
  // seq is normally dense (1..n); a sparse one (rows inserted with huge seqs) gets a Map.
  const dense = maxSeq <= Math.max(1_000_000, 4 * n);
  const bySeq = dense ? new Int32Array(maxSeq + 1).fill(-1) : undefined;
  const byMap = dense ? undefined : new Map<number, number>();
  const rowOf = bySeq ? (seq: number) => bySeq[seq] ?? -1 : (seq: number) => byMap!.get(seq) ?? -1;
  const seqs = new Int32Array(n);
  const dateStart = new Int32Array(n);
  const dateEnd = new Int32Array(n);
  const rowOfId = new Map<string, number>();
  rows.forEach(({ seq, id, start, end }, r) => {
    rowOfId.set(id, r);
    if (bySeq) bySeq[seq] = r;
    else byMap!.set(seq, r);
    seqs[r] = seq;
    dateStart[r] = dateNumber(start);
    dateEnd[r] = dateNumber(end);
  });
  // Two passes over the tags (count, then place) give a compact row -> tags layout.
  const tags = p.tags.all() as Array<{ id: string; entity: number }>;
  const tagStart = new Int32Array(n + 1);
  for (const { id } of tags) tagStart[rowOfId.get(id)! + 1]!++;
  for (let r = 0; r < n; r++) tagStart[r + 1]! += tagStart[r]!;
  const fill = tagStart.slice(0, n);
  const tagIds = new Int32Array(tags.length);
  for (const { id, entity } of tags) tagIds[fill[rowOfId.get(id)!]!++] = entity;
  const entities = new Map<number, { kind: EntityKind; name: string }>();
  let maxEntityId = 0;
  for (const { id, kind, name } of p.entities.all() as Array<{ id: number; kind: EntityKind; name: string }>) {
    entities.set(id, { kind, name });
    if (id > maxEntityId) maxEntityId = id;
  }
  for (const id of tagIds) if (id > maxEntityId) maxEntityId = id;
  return { rowOf, seqs, dateStart, dateEnd, tagStart, tagIds, entities, entityIdLimit: maxEntityId + 1 };
}

/** The current index for this connection, rebuilt first when the library changed. */
export function searchIndex(db: Database): SearchIndex {
  const p = probesOf(db);
  const dataVersion = p.dataVersion.get() as number;
  const totalChanges = p.totalChanges.get() as number;
  const cached = cache.get(db);
  if (cached && cached.dataVersion === dataVersion && cached.totalChanges === totalChanges) return cached.index;
  const index = build(db, p);
  cache.set(db, { index, dataVersion, totalChanges });
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
  const { dateStart, seqs } = index;
  const order = Int32Array.from({ length: seqs.length }, (_, r) => r).sort((i, j) => {
    const a = dateStart[i]!;
    const b = dateStart[j]!;
    if (a !== b) return a === -1 ? 1 : b === -1 ? -1 : (a - b) * dir;
    return (seqs[i]! - seqs[j]!) * dir;
  });
  orders[dir] = order;
  return order;
}
