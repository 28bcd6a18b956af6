import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../errors';
import { dateRange } from './dates';
import { findEntityId } from './entities';
import { hasScriptText, scriptMatches, scriptSnippet, splitScriptQuery } from './script-search';
import { parseSearchText } from './search-syntax';
import { dateNumber, dateOrder, hasTag, searchIndex, type SearchIndex } from './search-index';
import type { SearchQuery } from '../../common/search-query';
import type { DatePrecision, EntityKind, FacetCount, SearchHit, SearchResult, SnippetPart } from './types';

export type { FacetCount, SearchHit, SearchQuery, SearchResult, SnippetPart };

const FACET_LIMIT = 100;
const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

export { toFtsQuery } from './search-syntax';

// Statements are prepared once per connection and query shape; values are always bound.
const cache = new WeakMap<Database, Map<string, Statement>>();
function prepared(db: Database, sql: string): Statement {
  let byShape = cache.get(db);
  if (!byShape) cache.set(db, (byShape = new Map()));
  let stmt = byShape.get(sql);
  if (!stmt) byShape.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function parseSnippet(raw: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of raw.split(MARK_OPEN)) {
    const close = piece.indexOf(MARK_CLOSE);
    if (close === -1) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    parts.push({ text: piece.slice(0, close), match: true });
    if (close + 1 < piece.length) parts.push({ text: piece.slice(close + 1), match: false });
  }
  return parts;
}

function leadSnippet(body: string): SnippetPart[] {
  const words = body.split(/\s+/).slice(0, 30).join(' ');
  return [{ text: words.length < body.length ? `${words}…` : words, match: false }];
}

/**
 * Ranked, filtered search with highlighted snippets and facet counts over the whole result set.
 *
 * The FTS5 MATCH (with bm25 for every match) is the one SQL pass over the result set;
 * filters, the total, facets and the top-N run over the in-memory search index
 * (search-index.ts), and snippets and row details are read for the returned page only.
 */
export function search(db: Database, query: SearchQuery): SearchResult {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  if (query.from && query.to && dateRange(query.from).start > dateRange(query.to).end) {
    throw new AppError('INVALID_REQUEST', `The date range ${query.from} to ${query.to} ends before it starts.`);
  }
  const facets: SearchResult['facets'] = { forum: [], theme: [], actor: [] };
  // Each group is a set of tags of which a summary needs one: one tag per group with
  // facetMatch 'all', one group per kind with 'any' (EAS or ARF, and Lavrov or Wang Yi).
  const required: number[][] = [];
  for (const kind of ['forum', 'theme', 'actor'] as const) {
    const ids: number[] = [];
    for (const name of query[kind] ?? []) {
      const id = findEntityId(db, kind, name);
      if (id === undefined && query.facetMatch !== 'any') return { total: 0, hits: [], facets };
      if (id !== undefined) ids.push(id);
    }
    if ((query[kind]?.length ?? 0) === 0) continue;
    if (ids.length === 0) return { total: 0, hits: [], facets };
    if (query.facetMatch === 'any') required.push(ids);
    else for (const id of ids) required.push([id]);
  }
  const from = query.from ? dateNumber(dateRange(query.from).start) : undefined;
  const to = query.to ? dateNumber(dateRange(query.to).end) : undefined;
  // Words in CJK, Arabic or Hebrew are looked up in the script index (script-search.ts), the rest in the word index.
  const split = query.text && hasScriptText(query.text) ? splitScriptQuery(query.text) : undefined;
  const parsed = query.text ? parseSearchText(split ? split.rest : query.text) : {};
  const fts = parsed.match;
  // Only -terms ("-ASEAN"): everything but their matches (FTS5's NOT needs a left side).
  const excluded = parsed.exclude && !fts ? new Set(prepared(db, MATCH_ROWIDS_SQL).pluck().all(parsed.exclude) as number[]) : undefined;
  // Before the search index is read: indexing queued script text is a write, which renews it.
  const scriptHits = split?.script ? scriptMatches(db, split.script) : undefined;
  const index = searchIndex(db);
  const { dateStart, dateEnd, seqs } = index;
  // Overlap of the meeting's dates with [from, to]; an undated meeting fails any date bound.
  const keep = (r: number): boolean =>
    (from === undefined || dateEnd[r]! >= from) &&
    (to === undefined || (dateStart[r]! !== -1 && dateStart[r]! <= to)) &&
    required.every((group) => group.some((id) => hasTag(index, r, id))) &&
    (excluded === undefined || !excluded.has(seqs[r]!));

  // Candidates: rows of the index that pass every filter, with their bm25 score for text queries.
  const rows: number[] = [];
  const scores: number[] = [];
  // Unfiltered text query sorted by relevance: SQLite ranks the page itself (as raw FTS5
  // would) and only the matching rowids cross into JS, for the total and the facets.
  let ranked: number[] | undefined;
  // The total, when the paths below know it without `rows` (which they fill only for facets).
  let matched: number | undefined;
  const unfiltered = required.length === 0 && from === undefined && to === undefined && excluded === undefined;
  // Unfiltered and without text: every summary, in date order (a cached order, sliced below).
  let byDateOrder: Int32Array | undefined;
  if (scriptHits) {
    collectScriptRows(db, scriptHits, fts, (seq, score) => {
      const r = index.rowOf(seq);
      if (r >= 0 && keep(r)) {
        rows.push(r);
        scores.push(score);
      }
    });
  } else if (fts && unfiltered && (query.sort ?? 'relevance') === 'relevance') {
    if (query.facets === false) {
      // A later page: only the total is needed, and counting in SQLite skips handing ~100,000 rowids to JS.
      matched = prepared(db, MATCH_COUNT_SQL).pluck().get(fts) as number;
    } else {
      let count = 0;
      for (const seq of prepared(db, MATCH_ROWIDS_SQL).pluck().all(fts) as number[]) {
        const r = index.rowOf(seq);
        if (r < 0) continue;
        count++;
        rows.push(r);
      }
      matched = count;
    }
    ranked = prepared(db, RANKED_PAGE_SQL).pluck().all(fts, limit, offset) as number[];
  } else if (!fts && unfiltered) {
    byDateOrder = dateOrder(index, query.sort === 'date-asc' ? 1 : -1);
    matched = byDateOrder.length;
    if (query.facets !== false) for (let r = 0; r < seqs.length; r++) rows.push(r);
  } else if (fts) {
    for (const match of prepared(db, RANKED_MATCH_SQL).pluck().all(fts) as string[]) {
      const colon = match.indexOf(':');
      const seq = Number(match.slice(0, colon));
      const score = Number(match.slice(colon + 1));
      const r = index.rowOf(seq);
      if (r >= 0 && keep(r)) {
        rows.push(r);
        scores.push(score);
      }
    }
  } else {
    for (let r = 0; r < seqs.length; r++) if (keep(r)) rows.push(r);
  }
  const total = matched ?? rows.length;
  if (total === 0) return { total, hits: [], facets };

  const textual = fts !== undefined || scriptHits !== undefined;
  const sort = query.sort ?? (textual ? 'relevance' : 'date-desc');
  // Compare candidates i and j (positions in `rows`): bm25 is lower-is-better; undated last.
  const byDate = (dir: 1 | -1) => (i: number, j: number): number => {
    const a = dateStart[rows[i]!]!;
    const b = dateStart[rows[j]!]!;
    if (a !== b) return a === -1 ? 1 : b === -1 ? -1 : (a - b) * dir;
    return (seqs[rows[i]!]! - seqs[rows[j]!]!) * dir;
  };
  const compare =
    textual && sort === 'relevance'
      ? (i: number, j: number): number => scores[i]! - scores[j]! || seqs[rows[j]!]! - seqs[rows[i]!]!
      : byDate(sort === 'date-asc' ? 1 : -1);
  const pageSeqs =
    ranked ??
    (byDateOrder
      ? Array.from(byDateOrder.subarray(offset, offset + limit), (r) => seqs[r]!)
      : topN(total, offset + limit, compare).slice(offset).map((i) => seqs[rows[i]!]!));

  const detail = prepared(
    db,
    fts && !scriptHits
      ? 'SELECT id, title, meeting_date, date_precision, city, country FROM summaries WHERE seq = ?'
      : scriptHits
        ? 'SELECT id, title, meeting_date, date_precision, city, country, body AS lead FROM summaries WHERE seq = ?'
        : 'SELECT id, title, meeting_date, date_precision, city, country, substr(body, 1, 400) AS lead FROM summaries WHERE seq = ?',
  );
  const snippets = fts && !scriptHits ? snippetsOf(db, fts, pageSeqs) : undefined;
  const forumsOf = prepared(
    db,
    `SELECT e.name FROM summary_entities se JOIN entities e ON e.id = se.entity_id
     WHERE se.summary_id = ? AND e.kind = 'forum' AND se.status <> 'rejected' ORDER BY se.confidence DESC, e.name`,
  );
  // (A rowid the FTS index has but summaries lacks would be a damaged index: skipped, as the old join did.)
  const found = pageSeqs.flatMap((seq) => {
    const row = detail.get(seq) as Record<string, unknown> | undefined;
    return row ? [{ seq, r: row }] : [];
  });
  const hits = found.map(({ seq, r }) => {
    return {
      id: r.id as string,
      title: r.title as string,
      meetingDate: r.meeting_date as string | null,
      datePrecision: r.date_precision as DatePrecision | null,
      city: r.city as string | null,
      country: r.country as string | null,
      forums: (forumsOf.all(r.id) as Array<{ name: string }>).map((f) => f.name),
      snippet: snippets ? parseSnippet(snippets.get(seq) ?? '') : split ? scriptSnippet(r.lead as string, split.terms) : leadSnippet(r.lead as string),
    };
  });

  if (query.facets === false) return { total, hits, facets };
  for (const f of countFacets(index, rows)) {
    if (facets[f.kind].length < FACET_LIMIT) facets[f.kind].push({ id: f.id, name: f.name, count: f.count });
  }
  return { total, hits, facets };
}

/**
 * The script index's matches, with the word index's when the query has other words too (a
 * summary must match both; it is ranked by the word index then, which weighs titles).
 */
function collectScriptRows(db: Database, scriptHits: Map<number, number>, fts: string | undefined, add: (seq: number, score: number) => void): void {
  if (!fts) {
    for (const [seq, score] of scriptHits) add(seq, score);
    return;
  }
  for (const match of prepared(db, RANKED_MATCH_SQL).pluck().all(fts) as string[]) {
    const colon = match.indexOf(':');
    const seq = Number(match.slice(0, colon));
    if (scriptHits.has(seq)) add(seq, Number(match.slice(colon + 1)));
  }
}

const MATCH_ROWIDS_SQL = 'SELECT rowid FROM summaries_fts WHERE summaries_fts MATCH ?';
const MATCH_COUNT_SQL = 'SELECT count(*) FROM summaries_fts WHERE summaries_fts MATCH ?';
const RANKED_PAGE_SQL = `SELECT rowid FROM summaries_fts WHERE summaries_fts MATCH ?
  ORDER BY bm25(summaries_fts, 8.0, 1.0, 3.0, 1.0) ASC, rowid DESC LIMIT ? OFFSET ?`;
// Title weighs most, then key points. One "seq:score" string per match: better-sqlite3 hands
// strings over much faster than row arrays (tens of thousands of matches per broad query),
// and SQLite prints a double with enough digits to read back exactly.
const RANKED_MATCH_SQL =
  "SELECT rowid || ':' || bm25(summaries_fts, 8.0, 1.0, 3.0, 1.0) FROM summaries_fts WHERE summaries_fts MATCH ?";
// Snippets of the page's hits in one MATCH: a prefix query re-merges its doclists on every
// evaluation, so one query per hit would cost 50 full evaluations. The rowid range bounds
// the scan and the json list picks the hits; `+rowid` keeps that list out of FTS5, which
// would otherwise run the whole MATCH once per listed rowid. (A range, not `rowid = ?`: with the bundled
// SQLite 3.53.2, FTS5 ignores a bound `rowid = ?` next to MATCH and returns every match.)
const SNIPPET_SQL = `SELECT rowid || ':' || snippet(summaries_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24)
  FROM summaries_fts WHERE summaries_fts MATCH ? AND rowid >= ? AND rowid <= ?
  AND +rowid IN (SELECT value FROM json_each(?))`;

function snippetsOf(db: Database, fts: string, seqList: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (seqList.length === 0) return out;
  const lo = Math.min(...seqList);
  const hi = Math.max(...seqList);
  for (const row of prepared(db, SNIPPET_SQL).pluck().all(fts, lo, hi, JSON.stringify(seqList)) as string[]) {
    const colon = row.indexOf(':');
    out.set(Number(row.slice(0, colon)), row.slice(colon + 1));
  }
  return out;
}

/** Positions 0..count-1 of the `n` best candidates, best first. */
function topN(count: number, n: number, compare: (i: number, j: number) => number): number[] {
  if (n >= 1000 || n * 4 >= count) {
    const all = Array.from({ length: count }, (_, i) => i);
    return all.sort(compare).slice(0, n);
  }
  // Few wanted out of many: keep a sorted buffer; most candidates lose to its worst at once.
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    if (best.length === n && compare(i, best[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(best[mid]!, i) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > n) best.pop();
  }
  return best;
}

/** Facet counts over every candidate row: most used first, then by name (as SQLite's ORDER BY). */
function countFacets(index: SearchIndex, rows: readonly number[]): Array<{ kind: EntityKind; id: number; name: string; count: number }> {
  // A typed array indexed by entity id, not a Map: a broad query at 100,000 summaries counts
  // some 800,000 tags, 20-50 ms through a Map and about 2 ms this way.
  const counts = new Int32Array(index.entityIdLimit);
  const { tagStart, tagIds } = index;
  for (const r of rows) {
    for (let t = tagStart[r]!, end = tagStart[r + 1]!; t < end; t++) counts[tagIds[t]!]!++;
  }
  const out: Array<{ kind: EntityKind; id: number; name: string; count: number }> = [];
  for (let id = 0; id < counts.length; id++) {
    const count = counts[id]!;
    if (count === 0) continue;
    const e = index.entities.get(id);
    if (e) out.push({ kind: e.kind, id, name: e.name, count });
  }
  return out.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
