import { useState, type RefObject } from 'react';
import { formatCount } from '../format';
import { ResultList } from './ResultList';
import { EMPTY_SELECTION, type Selection } from './selection';
import { useSearch, type LibraryQuery } from './useSearch';

export function LibraryView({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const [query, setQuery] = useState<LibraryQuery>({ text: '' });
  const [active, setActive] = useState(0);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const results = useSearch(query, 0);

  return (
    <section className="library" aria-label="Library">
      <div className="search-bar">
        <input
          ref={searchRef}
          type="search"
          className="search-input"
          aria-label="Search library"
          placeholder="Search titles, text, key points and notes"
          value={query.text ?? ''}
          onChange={(e) => setQuery({ ...query, text: e.target.value })}
        />
        <p className="result-count" role="status">
          {results.error ?? `${formatCount(results.total)} ${results.total === 1 ? 'summary' : 'summaries'}`}
        </p>
      </div>
      <ResultList
        key={results.generation}
        total={results.total}
        generation={results.generation}
        hitAt={results.hitAt}
        ensureRange={results.ensureRange}
        active={active}
        onActiveChange={setActive}
        selection={selection}
        onSelectionChange={setSelection}
        openedId={openedId}
        onOpen={(hit) => setOpenedId(hit.id)}
      />
    </section>
  );
}
