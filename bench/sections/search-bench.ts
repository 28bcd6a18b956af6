import type { Database } from 'better-sqlite3';
import { search, toFtsQuery, type SearchQuery } from '../../electron/library/search';
import { prng } from '../corpus';
import { cachedLibrary } from '../library-fill';
import { median, nowMs, percentile, round } from '../timing';
import type { Vocabulary } from '../vocabulary';
import type { BenchContext } from '../main';

/**
 * `search`: the app's search (filters, snippets, facets, top 50) against the raw FTS5 MATCH
 * of the same text (`ORDER BY rank LIMIT 50`: the ranked top 50, the least any ranked
 * search must do), over a large library, for a fixed mix of 200 queries. Each query is run
 * app / raw alternately (three times and the median kept; once in quick mode), so machine
 * drift hits both.
 */

export interface SearchFigures {
  n: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  rawP50Ms: number;
  rawP95Ms: number;
  ratioP95: number;
  /** The first search on a connection (or after a write): includes building the search index. */
  firstSearchMs: number;
  reps: number;
  slowest: Array<{ query: string; ms: number; rawMs: number }>;
}

const WORDS = ['security', 'cooperation', 'minister', 'sanctions', 'maritime', 'energy', 'climate', 'dialogue', 'navigation',
  'pandemic', 'terrorism', 'trafficking', 'ceasefire', 'grain', 'railway', 'tourism', 'migration', 'digital', 'nuclear', 'debt'];
const PHRASES = ['"regional security architecture"', '"food security"', '"freedom of navigation"', '"energy security"',
  '"climate finance"', '"supply chains"', '"the peace process"', '"artificial intelligence"', '"drug trafficking"',
  '"multipolar world order"', '"working group"', '"bilateral meetings"'];

/** The fixed query mix: words, prefixes, phrases, names; about half with filters. */
export function searchQueries(v: Vocabulary, count = 200): Array<{ label: string; query: SearchQuery }> {
  const r = prng(424242);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Array<{ label: string; query: SearchQuery }> = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 5;
    let text: string;
    if (kind === 0) text = pick(WORDS);
    else if (kind === 1) text = `${pick(WORDS)} ${pick(WORDS)}`;
    else if (kind === 2) text = pick(WORDS).slice(0, 3 + Math.floor(r() * 3));
    else if (kind === 3) text = pick(PHRASES);
    else text = r() < 0.5 ? pick(v.countries).name : pick(v.forums).acronym ?? pick(v.forums).name;
    const query: SearchQuery = { text };
    const filter = Math.floor(r() * 10);
    if (filter === 0) query.forum = [pick(v.forums).name];
    else if (filter === 1) query.theme = [pick(v.themes).id];
    else if (filter === 2) query.actor = [pick(v.countries).name];
    else if (filter === 3) {
      const year = 2019 + Math.floor(r() * 7);
      query.from = `${year}`;
      query.to = `${year}-06`;
    } else if (filter === 4) {
      query.forum = [pick(v.forums).name];
      query.theme = [pick(v.themes).id];
    }
    const filters = Object.entries(query).filter(([k]) => k !== 'text').map(([k, val]) => `${k}=${String(val)}`);
    out.push({ label: [text, ...filters].join(' '), query });
  }
  return out;
}

export function measureSearch(db: Database, n: number, v: Vocabulary, reps: number, warmAll: boolean): SearchFigures {
  const raw = db.prepare('SELECT rowid FROM summaries_fts WHERE summaries_fts MATCH ? ORDER BY rank LIMIT 50');
  const queries = searchQueries(v);
  // The first search of a connection builds the in-memory search index: timed apart.
  const t0 = nowMs();
  search(db, { text: 'warm', limit: 50 });
  const firstSearchMs = nowMs() - t0;
  // Warm the page cache and statement caches, untimed (quick mode: a few queries only).
  for (const { query } of warmAll ? queries : queries.slice(0, 10)) {
    search(db, { ...query, limit: 50 });
    raw.all(toFtsQuery(query.text!)!);
  }
  const app: number[] = [];
  const rawMs: number[] = [];
  for (const { query } of queries) {
    const fts = toFtsQuery(query.text!)!;
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = nowMs();
      search(db, { ...query, limit: 50 });
      const t1 = nowMs();
      raw.all(fts);
      const t2 = nowMs();
      a.push(t1 - t0);
      b.push(t2 - t1);
    }
    app.push(median(a));
    rawMs.push(median(b));
  }
  const slowest = queries
    .map((q, i) => ({ query: q.label, ms: round(app[i]!, 2), rawMs: round(rawMs[i]!, 2) }))
    .sort((x, y) => y.ms - x.ms)
    .slice(0, 5);
  const p95 = percentile(app, 95);
  const rawP95 = percentile(rawMs, 95);
  return {
    n,
    queries: queries.length,
    p50Ms: round(percentile(app, 50), 2),
    p95Ms: round(p95, 2),
    rawP50Ms: round(percentile(rawMs, 50), 2),
    rawP95Ms: round(rawP95, 2),
    ratioP95: round(p95 / rawP95, 2),
    firstSearchMs: round(firstSearchMs, 0),
    reps,
    slowest,
  };
}

export async function searchSection(ctx: BenchContext): Promise<SearchFigures & { note?: string; buildSec?: number }> {
  const n = ctx.quick ? ctx.searchQuickN : 100_000;
  const { library, built, buildSec } = await cachedLibrary(n, ctx.vocab, ctx.log);
  try {
    if (built) ctx.log(`  built the ${n.toLocaleString('en')}-summary library in ${round(buildSec!, 1)} s (cached for next runs)`);
    const figures = measureSearch(library.db, n, ctx.vocab, ctx.quick ? 1 : 3, !ctx.quick);
    return { ...figures, ...(n < 100_000 ? { note: `quick mode: ${n.toLocaleString('en')} summaries, not 100,000` } : {}), ...(built ? { buildSec: round(buildSec!, 1) } : {}) };
  } finally {
    library.close();
  }
}
