import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../errors';
import { dateRange } from './dates';
import { findEntityId } from './entities';
import type { DatePrecision, EntityKind } from './types';

export interface SearchQuery {
  text?: string;
  forum?: string[];
  theme?: string[];
  actor?: string[];
  /** Inclusive bounds, YYYY[-MM[-DD]]: a meeting matches when its date overlaps the range. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date-desc' | 'date-asc';
  limit?: number;
  offset?: number;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  meetingDate: string | null;
  datePrecision: DatePrecision | null;
  city: string | null;
  country: string | null;
  forums: string[];
  snippet: SnippetPart[];
}

export interface FacetCount {
  id: number;
  name: string;
  count: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Record<EntityKind, FacetCount[]>;
}

const FACET_LIMIT = 100;
const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

/**
 * Turns what a person types into a safe FTS5 expression: every word is a quoted term (so
 * `AND`, `-`, `:` or quotes in the input are text, never syntax), "quoted phrases" stay
 * phrases, and the last word is a prefix so results appear while typing.
 */
export function toFtsQuery(text: string): string | undefined {
  const parts: string[] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = m[1] !== undefined;
    const words = (m[1] ?? m[2] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    parts.push(phrase ? `"${words.join(' ')}"` : words.map((w) => `"${w}"`).join(' '));
  }
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1]!;
  if (!text.trimEnd().endsWith('"')) parts[parts.length - 1] = `${last}*`;
  return parts.join(' ');
}

interface Filter {
  where: string[];
  params: unknown[];
  fts?: string;
  empty: boolean;
}

function buildFilter(db: Database, query: SearchQuery): Filter {
  const where: string[] = [];
  const params: unknown[] = [];
  let empty = false;
  const fts = query.text ? toFtsQuery(query.text) : undefined;
  if (fts) {
    where.push('s.seq IN (SELECT rowid FROM summaries_fts WHERE summaries_fts MATCH ?)');
    params.push(fts);
  }
  for (const kind of ['forum', 'theme', 'actor'] as const) {
    for (const name of query[kind] ?? []) {
      const id = findEntityId(db, kind, name);
      if (id === undefined) empty = true;
      where.push(
        "EXISTS (SELECT 1 FROM summary_entities se WHERE se.summary_id = s.id AND se.entity_id = ? AND se.status <> 'rejected')",
      );
      params.push(id ?? -1);
    }
  }
  if (query.from) {
    where.push('s.date_end >= ?');
    params.push(dateRange(query.from).start);
  }
  if (query.to) {
    where.push('s.date_start <= ?');
    params.push(dateRange(query.to).end);
  }
  return { where, params, fts, empty };
}

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

/** Ranked, filtered search with highlighted snippets and facet counts over the whole result set. */
export function search(db: Database, query: SearchQuery): SearchResult {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  if (query.from && query.to && dateRange(query.from).start > dateRange(query.to).end) {
    throw new AppError('INVALID_REQUEST', `The date range ${query.from} to ${query.to} ends before it starts.`);
  }
  const filter = buildFilter(db, query);
  const facets: SearchResult['facets'] = { forum: [], theme: [], actor: [] };
  if (filter.empty) return { total: 0, hits: [], facets };
  const whereSql = filter.where.length ? `WHERE ${filter.where.join(' AND ')}` : '';

  const total = (prepared(db, `SELECT count(*) AS n FROM summaries s ${whereSql}`).get(...filter.params) as { n: number }).n;
  if (total === 0) return { total, hits: [], facets };

  const sort = query.sort ?? (filter.fts ? 'relevance' : 'date-desc');
  const dateOrder = sort === 'date-asc' ? 's.date_start ASC NULLS LAST, s.seq ASC' : 's.date_start DESC NULLS LAST, s.seq DESC';
  let rows: Array<Record<string, unknown>>;
  if (filter.fts) {
    // Title weighs most, then key points; bm25 is lower-is-better.
    const order = sort === 'relevance' ? 'f.rank_score ASC, s.seq DESC' : dateOrder;
    // The MATCH clause is always first in the filter; here the FTS sub-select already applies it.
    const rest = filter.where.slice(1);
    const restSql = rest.length ? `WHERE ${rest.join(' AND ')}` : '';
    const sql = `SELECT s.id, s.title, s.meeting_date, s.date_precision, s.city, s.country, f.snip
      FROM (SELECT rowid, bm25(summaries_fts, 8.0, 1.0, 3.0, 1.0) AS rank_score,
                   snippet(summaries_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snip
            FROM summaries_fts WHERE summaries_fts MATCH ?) f
      JOIN summaries s ON s.seq = f.rowid ${restSql}
      ORDER BY ${order} LIMIT ? OFFSET ?`;
    rows = prepared(db, sql).all(filter.fts, ...filter.params.slice(1), limit, offset) as Array<Record<string, unknown>>;
  } else {
    const sql = `SELECT s.id, s.title, s.meeting_date, s.date_precision, s.city, s.country, substr(s.body, 1, 400) AS lead
      FROM summaries s ${whereSql} ORDER BY ${dateOrder} LIMIT ? OFFSET ?`;
    rows = prepared(db, sql).all(...filter.params, limit, offset) as Array<Record<string, unknown>>;
  }

  const forumsOf = prepared(
    db,
    `SELECT e.name FROM summary_entities se JOIN entities e ON e.id = se.entity_id
     WHERE se.summary_id = ? AND e.kind = 'forum' AND se.status <> 'rejected' ORDER BY se.confidence DESC, e.name`,
  );
  const hits = rows.map((r) => ({
    id: r.id as string,
    title: r.title as string,
    meetingDate: r.meeting_date as string | null,
    datePrecision: r.date_precision as DatePrecision | null,
    city: r.city as string | null,
    country: r.country as string | null,
    forums: (forumsOf.all(r.id) as Array<{ name: string }>).map((f) => f.name),
    snippet: filter.fts ? parseSnippet(r.snip as string) : leadSnippet(r.lead as string),
  }));

  const facetSql = `SELECT e.kind, e.id, e.name, count(*) AS n
    FROM summary_entities se JOIN entities e ON e.id = se.entity_id
    WHERE se.status <> 'rejected' AND se.summary_id IN (SELECT s.id FROM summaries s ${whereSql})
    GROUP BY se.entity_id ORDER BY n DESC, e.name`;
  for (const f of prepared(db, facetSql).all(...filter.params) as Array<{ kind: EntityKind; id: number; name: string; n: number }>) {
    if (facets[f.kind].length < FACET_LIMIT) facets[f.kind].push({ id: f.id, name: f.name, count: f.n });
  }
  return { total, hits, facets };
}
