import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SearchQuery } from '../../../electron/ipc/contracts/library';
import { useByContent } from './useSearch';

/** What the library view shows now: its query, and which result positions are selected. */
export interface LibraryScope {
  query: Omit<SearchQuery, 'limit' | 'offset'>;
  total: number;
  /** Every result is selected (Ctrl+A). */
  all: boolean;
  /** Selected result positions (empty: nothing selected). */
  indices: number[];
}

const EMPTY_SCOPE: LibraryScope = { query: {}, total: 0, all: false, indices: [] };

interface ScopeStore {
  scope: LibraryScope;
  publish(scope: LibraryScope): void;
}

const Ctx = createContext<ScopeStore>({ scope: EMPTY_SCOPE, publish: () => {} });

/**
 * Lets the Books and Sharing views act on "the library's current results" (Add to book,
 * export the current filter) without owning the library view's state: the library view
 * publishes what it shows, and the scope outlives it when the user switches tabs.
 */
export function LibraryScopeProvider({ children }: { children: ReactNode }) {
  const [scope, setScope] = useState<LibraryScope>(EMPTY_SCOPE);
  const value = useMemo(() => ({ scope, publish: setScope }), [scope]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLibraryScope(): LibraryScope {
  return useContext(Ctx).scope;
}

/** Called by the library view with its query, result count and selection. */
export function usePublishLibraryScope(
  query: LibraryScope['query'],
  total: number,
  selection: { all: boolean; indices: ReadonlySet<number> },
): void {
  const { publish } = useContext(Ctx);
  // Published once per change of what it says, not once per render.
  const scope = useByContent<LibraryScope>({ query, total, all: selection.all, indices: [...selection.indices].sort((a, b) => a - b) });
  useEffect(() => publish(scope), [scope, publish]);
}
