import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LibraryStats } from '../../../electron/ipc/contracts/library';
import { briefing, unwrap, useLibraryVersion } from '../api/briefing';
import { SummaryDetail } from '../detail/SummaryDetail';
import { formatCount, plural } from '../format';
import { EmptyLibrary } from './EmptyLibrary';
import { FilterPanel, type LibraryFilters } from './FilterPanel';
import { ResultList } from './ResultList';
import { EMPTY_SELECTION, selectionSize, type Selection } from './selection';
import { useKindFacets } from './useKindFacets';
import { useSearch, type LibraryQuery, type SearchState } from './useSearch';
import { usePublishLibraryScope } from './library-scope';
import { LibraryAddToBook } from '../books/LibraryAddToBook';

interface Props {
  searchRef: RefObject<HTMLInputElement | null>;
  onImport(): void;
  /** Opens a book in the Books view (after Add to book › New book…). */
  onOpenBook(bookId: string): void;
}

type SortChoice = 'auto' | 'relevance' | 'date-desc' | 'date-asc';
const NEW_QUERY: LibraryQuery = { text: '', facetMatch: 'any' };

/** Search, filters, the result list and the open summary, side by side. */
export function LibraryView({ searchRef, onImport, onOpenBook }: Props) {
  // Several values of one facet mean any of them (EAS or ARF), as in a board portal's filters.
  const [query, setQuery] = useState<LibraryQuery>(NEW_QUERY);
  const [active, setActive] = useState(0);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const { version } = useLibraryVersion();
  const stats = useLibraryStats(version);
  const results = useSearch(query, version, stats?.summaries ?? 0);
  const listRef = useRef<HTMLDivElement>(null);
  // Books and Sharing act on what the library shows (Add to book, export the current filter):
  // the query whose results are on screen, which changes once per result, not per keystroke.
  usePublishLibraryScope(results.shownQuery, results.total, selection);
  const updateQuery = useCallback((patch: Partial<LibraryQuery>) => setQuery((q) => ({ ...q, ...patch })), []);
  // The filter panel sees only the filters (typing leaves it alone), and new facet counts
  // render after the results they belong to are on screen (a deferred, interruptible render).
  const filters = useMemo<LibraryFilters>(
    () => ({ forum: query.forum, theme: query.theme, actor: query.actor, from: query.from, to: query.to }),
    [query.forum, query.theme, query.actor, query.from, query.to],
  );
  const facets = useDeferredValue(useKindFacets(results.shownQuery, results.facets, version));
  const openHit = useCallback((hit: { id: string }) => setOpenedId(hit.id), []);

  // A new result set: selection and cursor start over.
  useEffect(() => {
    setSelection(EMPTY_SELECTION);
    setActive(0);
  }, [results.generation]);

  const filtered = Boolean(query.forum || query.theme || query.actor || query.from || query.to || query.text?.trim());
  // A new, empty library: no filters or counts, only what to do first.
  const welcome = stats?.summaries === 0 && !filtered;

  const closeDetail = useCallback(() => {
    setOpenedId(null);
    listRef.current?.focus();
  }, []);

  return (
    <div
      className={`library${openedId ? ' has-detail' : ''}${welcome ? ' is-welcome' : ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && openedId) {
          e.preventDefault();
          closeDetail();
        }
      }}
    >
      <SearchBar searchRef={searchRef} query={query} onChange={updateQuery} onLeave={results.total > 0 ? () => listRef.current?.focus() : undefined} />
      {!welcome && <FilterPanel filters={filters} facets={facets} onChange={updateQuery} />}
      <section className="results" aria-label="Results" data-query={results.shownText}>
        {!welcome && <ResultsHeader results={results} filtered={filtered} selection={selection} onSelectionChange={setSelection} onOpenBook={onOpenBook} />}
        {welcome ? (
          <EmptyLibrary onImport={onImport} />
        ) : results.total === 0 && !results.loading && !results.error ? (
          <NoResults libraryEmpty={stats?.summaries === 0} onClear={() => setQuery(NEW_QUERY)} />
        ) : (
          <ResultList
            listRef={listRef}
            total={results.total}
            generation={results.generation}
            shownText={results.shownText}
            hitAt={results.hitAt}
            loadedVersion={results.loadedVersion}
            ensureRange={results.ensureRange}
            active={active}
            onActiveChange={setActive}
            selection={selection}
            onSelectionChange={setSelection}
            openedId={openedId}
            onOpen={openHit}
          />
        )}
      </section>
      {openedId && <SummaryDetail key={openedId} id={openedId} onClose={closeDetail} />}
    </div>
  );
}

/** The library's counts, read again whenever the library changes (null until read, or when reading failed). */
function useLibraryStats(version: number): LibraryStats | null {
  const [stats, setStats] = useState<LibraryStats | null>(null);
  useEffect(() => {
    unwrap(briefing().library.stats({}))
      .then(setStats)
      .catch(() => setStats(null));
  }, [version]);
  return stats;
}

interface SearchBarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  query: LibraryQuery;
  onChange(patch: Partial<LibraryQuery>): void;
  /** Arrow Down in the field: on to the results (when there are some). */
  onLeave: (() => void) | undefined;
}

/** The search field with its syntax hint, and the sort order. */
function SearchBar({ searchRef, query, onChange, onLeave }: SearchBarProps) {
  const sortChoice: SortChoice = query.sort ?? 'auto';
  return (
    <div className="search-bar">
      <div className="search-field">
        <input
          ref={searchRef}
          type="search"
          dir="auto"
          className="search-input"
          aria-label="Search library"
          aria-describedby="search-syntax"
          placeholder="Search titles, text, key points and notes   (Ctrl+F)"
          value={query.text ?? ''}
          onChange={(e) => onChange({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && onLeave) {
              e.preventDefault();
              onLeave();
            }
          }}
        />
        <p id="search-syntax" className="field-hint search-syntax">
          <code>"exact phrase"</code> · <code>Lavrov OR Blinken</code> · <code>-word</code> to leave out · words match from their start
        </p>
      </div>
      <div className="sort">
        <label className="field-hint" htmlFor="sort-order">
          Sort by
        </label>
        <select
          id="sort-order"
          className="select"
          value={sortChoice}
          onChange={(e) => onChange({ sort: e.target.value === 'auto' ? undefined : (e.target.value as LibraryQuery['sort']) })}
        >
          <option value="auto">{query.text?.trim() ? 'Relevance' : 'Newest first'} (default)</option>
          <option value="relevance">Relevance</option>
          <option value="date-desc">Newest first</option>
          <option value="date-asc">Oldest first</option>
        </select>
      </div>
    </div>
  );
}

interface ResultsHeaderProps {
  results: SearchState;
  filtered: boolean;
  selection: Selection;
  onSelectionChange(selection: Selection): void;
  onOpenBook(bookId: string): void;
}

/** How many results (or why none), what is selected, and Add to book. */
function ResultsHeader({ results, filtered, selection, onSelectionChange, onOpenBook }: ResultsHeaderProps) {
  const selected = selectionSize(selection, results.total);
  return (
    <div className="results-header">
      <p className={`result-count${results.error ? ' is-error' : ''}`} role="status">
        {results.error ??
          (results.loading && results.generation === 0 ? 'Searching…' : `${plural(results.total, 'summary', 'summaries')}${filtered ? ' found' : ''}`)}
      </p>
      {results.total > 0 && (
        <div className="selection-bar">
          {selected > 0 && (
            <>
              <span>{formatCount(selected)} selected</span>
              <button type="button" className="link-button" onClick={() => onSelectionChange(EMPTY_SELECTION)}>
                Clear selection
              </button>
            </>
          )}
          <LibraryAddToBook
            scope={{ query: results.shownQuery, total: results.total, all: selection.all, indices: [...selection.indices].sort((a, b) => a - b) }}
            onOpenBook={onOpenBook}
          />
        </div>
      )}
    </div>
  );
}

function NoResults({ libraryEmpty, onClear }: { libraryEmpty: boolean; onClear(): void }) {
  return (
    <div className="empty-state">
      <h2>{libraryEmpty ? 'The library is empty' : 'No summaries match'}</h2>
      <p>
        {libraryEmpty
          ? 'There is nothing to search yet: import summaries first (Import, or Ctrl+I).'
          : 'Try fewer words, OR between alternatives, or clear a filter. Words are matched from their start, so “minist” finds “ministerial”.'}
      </p>
      <button type="button" className="button" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
