import { useEffect, useMemo, useState } from 'react';
import type { EntityKind } from '../../../electron/ipc/contracts/library';
import { briefing, unwrap } from '../api/briefing';
import { useByContent, type Facets, type LibraryQuery } from './useSearch';

const KINDS: EntityKind[] = ['forum', 'theme', 'actor'];

/**
 * The options each facet offers. A facet whose values are "any of" needs its counts over the
 * results as they would be without its own choice: with EAS chosen, ARF must still be offered
 * with its count, or it could never be added. So for each kind with a choice, one more search
 * (one row, facets only) leaves that kind out; the other kinds use the results' own counts.
 */
export function useKindFacets(shownQuery: LibraryQuery, facets: Facets, refreshKey: number): Facets {
  const [own, setOwn] = useState<Partial<Facets>>({});
  const query = useByContent(shownQuery);
  const filteredKinds = KINDS.filter((kind) => (query[kind]?.length ?? 0) > 0);

  useEffect(() => {
    let live = true;
    for (const kind of KINDS.filter((k) => (query[k]?.length ?? 0) > 0)) {
      unwrap(briefing().library.search({ ...query, [kind]: undefined, limit: 1, offset: 0 })).then(
        (result) => live && setOwn((current) => ({ ...current, [kind]: result.facets[kind] })),
        () => undefined, // the main search reports errors; the results' own counts stay
      );
    }
    return () => {
      live = false;
    };
  }, [query, refreshKey]);

  // One object per change of its parts: the filter panel is memoized on it (typing must not re-render it).
  const filteredKey = filteredKinds.join(',');
  return useMemo(() => {
    const pick = (kind: EntityKind) => (filteredKey.includes(kind) ? (own[kind] ?? facets[kind]) : facets[kind]);
    return { forum: pick('forum'), theme: pick('theme'), actor: pick('actor') };
  }, [facets, own, filteredKey]);
}
