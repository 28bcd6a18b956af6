import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { EntityKind, FacetCount, SearchHit, SearchQuery } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap } from '../api/briefing';
import { searchKey, typingDelay } from './query-text';

export type Facets = Record<EntityKind, FacetCount[]>;
export type LibraryQuery = Omit<SearchQuery, 'limit' | 'offset'>;

const PAGE_SIZE = 100;
const EMPTY_FACETS: Facets = { forum: [], theme: [], actor: [] };

export interface SearchState {
  /** Changes whenever the query (and so the result set) changes; selections reset on it. */
  generation: number;
  /** The text of the query whose results are shown (lags the field while a search runs). */
  shownText: string;
  /** The query whose results are shown (what "all results" means for Add to book). */
  shownQuery: LibraryQuery;
  total: number;
  facets: Facets;
  loading: boolean;
  error: string | null;
  hitAt(index: number): SearchHit | undefined;
  /** Changes whenever more rows were loaded: hitAt answers for more indices. */
  loadedVersion: number;
  /** Asks for the rows in [start, end) to be loaded (visible rows of the virtual list). */
  ensureRange(start: number, end: number): void;
}

/** The result set on screen: which query it answers, its count and facets, or why it failed. */
interface Shown {
  generation: number;
  query: LibraryQuery;
  total: number;
  facets: Facets;
  error: string | null;
}

/**
 * Runs library searches as the query changes: after a pause that follows the search's cost
 * (query-text.ts), stale responses dropped, results paged in by offset as the list scrolls
 * so 100,000 hits never cross IPC at once.
 */
export function useSearch(typed: LibraryQuery, refreshKey: number, librarySize: number): SearchState {
  // One object per query content: a new object with the same query asks no new search.
  const query = useByContent(typed);
  // Only tunes the typing pause, read as it is when the query changes (a new size asks no search).
  const size = useRef(librarySize);
  useEffect(() => {
    size.current = librarySize;
  });
  const [shown, setShown] = useState<Shown>({ generation: 0, query, total: 0, facets: EMPTY_FACETS, error: null });
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const activeQuery = useRef<LibraryQuery>(query);
  const showError = useCallback((error: string) => setShown((s) => ({ ...s, error })), []);
  const { replace: replaceHits, ensureRange, hitAt, loadedVersion } = useHitPages(activeQuery, showError);
  /** searchKey() of the results on screen, and the library version they were read at. */
  const appliedKey = useRef<string | null>(null);
  const appliedRefresh = useRef(refreshKey);

  /** The shown results already answer `q` (it differs only in spacing): show them under its text. */
  const reuse = useCallback((q: LibraryQuery, refresh: number): boolean => {
    if (appliedKey.current !== searchKey(q) || appliedRefresh.current !== refresh) return false;
    activeQuery.current = q;
    setShown((s) => ({ ...s, query: q }));
    setLoading(false);
    return true;
  }, []);

  const search = useCallback(
    (ticket: number, q: LibraryQuery, refresh: number) =>
      unwrap(briefing().library.search({ ...q, limit: PAGE_SIZE, offset: 0 }))
        .then((result) => {
          if (ticket !== latest.current) return; // a newer query already replaced this one
          activeQuery.current = q;
          appliedKey.current = searchKey(q);
          appliedRefresh.current = refresh;
          replaceHits(ticket, result.hits);
          setShown({ generation: ticket, query: q, total: result.total, facets: result.facets, error: null });
          setLoading(false);
        })
        .catch((e: unknown) => {
          if (ticket !== latest.current) return;
          appliedKey.current = null; // what is on screen no longer answers any query: search again
          // A refused query has no results: the old ones, their counts and their selection go,
          // so nothing (Add to book, the facets) acts on results of a query no longer asked.
          replaceHits(ticket, null);
          setShown((s) => ({ ...s, generation: ticket, total: 0, facets: EMPTY_FACETS, error: readableError(e) }));
          setLoading(false);
        }),
    [replaceHits],
  );
  const send = useSingleFlight(latest, reuse, (ticket, q, refresh) => {
    setLoading(true);
    return search(ticket, q, refresh);
  });

  useEffect(() => {
    const ticket = ++latest.current;
    // Only the spacing changed: no search (one in flight for another text is now stale and dropped).
    if (reuse(query, refreshKey)) {
      send.dropQueued();
      return;
    }
    const typing = query.text !== activeQuery.current.text;
    if (!typing) {
      send(ticket, query, refreshKey);
      return;
    }
    const timer = setTimeout(() => send(ticket, query, refreshKey), typingDelay(query.text, size.current));
    return () => clearTimeout(timer);
    // refreshKey re-runs the search after the library changed.
  }, [query, refreshKey, reuse, send]);

  const { generation, total, facets, error } = shown;
  return { generation, shownText: shown.query.text ?? '', shownQuery: shown.query, total, facets, loading, error, hitAt, loadedVersion, ensureRange };
}

/** `value`, as one object for as long as its content (as JSON) stays the same, so effects can depend on it. */
export function useByContent<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

type Send = ((ticket: number, q: LibraryQuery, refresh: number) => void) & { dropQueued(): void };

/**
 * Single flight: the main process answers one search at a time, so while one runs, newer
 * queries wait and only the newest is sent when it returns. Typing fast on a large
 * library therefore costs one search after the last key, not one per key.
 */
function useSingleFlight(
  latest: MutableRefObject<number>,
  reuse: (q: LibraryQuery, refresh: number) => boolean,
  run: (ticket: number, q: LibraryQuery, refresh: number) => Promise<void>,
): Send {
  const inFlight = useRef(false);
  const queued = useRef<{ ticket: number; query: LibraryQuery; refresh: number } | null>(null);
  const runRef = useRef(run);
  runRef.current = run;
  return useMemo(() => {
    const send = (ticket: number, q: LibraryQuery, refresh: number) => {
      if (inFlight.current) {
        queued.current = { ticket, query: q, refresh };
        return;
      }
      if (reuse(q, refresh)) return;
      inFlight.current = true;
      void runRef.current(ticket, q, refresh).finally(() => {
        inFlight.current = false;
        const next = queued.current;
        queued.current = null;
        if (next && next.ticket === latest.current) send(next.ticket, next.query, next.refresh);
      });
    };
    return Object.assign(send, { dropQueued: () => (queued.current = null) });
  }, [latest, reuse]);
}

/**
 * The hits of the result set on screen, by page of PAGE_SIZE: the first page comes with the
 * search, later ones are asked for as the list scrolls to them. Pages asked for by an older
 * result set are dropped when they arrive.
 */
function useHitPages(activeQuery: MutableRefObject<LibraryQuery>, showError: (message: string) => void) {
  const pages = useRef(new Map<number, SearchHit[]>());
  const pending = useRef(new Set<number>());
  /** The ticket whose results are on screen. */
  const applied = useRef(0);
  const [loadedVersion, setLoadedVersion] = useState(0);

  /** A new result set (its first page, or none when the search failed). */
  const replace = useCallback((ticket: number, firstPage: SearchHit[] | null) => {
    applied.current = ticket;
    pages.current = new Map(firstPage ? [[0, firstPage]] : []);
    pending.current = new Set();
  }, []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const ticket = applied.current;
      for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) {
        if (pages.current.has(page) || pending.current.has(page)) continue;
        pending.current.add(page);
        // Later pages of the same query: the facets came with the first page.
        unwrap(briefing().library.search({ ...activeQuery.current, limit: PAGE_SIZE, offset: page * PAGE_SIZE, facets: false }))
          .then((result) => {
            if (ticket !== applied.current) return;
            pages.current.set(page, result.hits);
            pending.current.delete(page);
            setLoadedVersion((v) => v + 1);
          })
          .catch((e: unknown) => {
            pending.current.delete(page);
            if (ticket === applied.current) showError(readableError(e));
          });
      }
    },
    [activeQuery, showError],
  );

  const hitAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  return { replace, ensureRange, hitAt, loadedVersion };
}
