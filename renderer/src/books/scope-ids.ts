import { briefing, unwrap } from '../api/briefing';
import type { LibraryScope } from '../library/library-scope';

const PAGE = 500;
/** A book takes at most this many items in one step (the books contract's limit). */
export const MAX_ADD = 10_000;

/** True when the user picked rows; otherwise "Add to book" takes every result. */
export function hasPick(scope: LibraryScope): boolean {
  return !scope.all && scope.indices.length > 0;
}

/**
 * The summary ids of the library's selection (or all its results when nothing is picked),
 * found by re-running the library's own query with its sort, so positions line up.
 */
export async function idsOfScope(scope: LibraryScope): Promise<string[]> {
  const wanted = hasPick(scope) ? new Set(scope.indices) : null;
  const last = wanted ? Math.max(...scope.indices) : Math.min(scope.total, MAX_ADD) - 1;
  const ids: string[] = [];
  for (let offset = 0; offset <= last; offset += PAGE) {
    const result = await unwrap(briefing().library.search({ ...scope.query, limit: PAGE, offset }));
    result.hits.forEach((hit, i) => {
      if (offset + i <= last && (!wanted || wanted.has(offset + i))) ids.push(hit.id);
    });
    if (result.hits.length < PAGE) break;
  }
  return ids;
}

/** "“asean” · Forum: East Asia Summit · from 2024-01" — a query in words. */
export function describeQuery(query: LibraryScope['query']): string {
  const parts: string[] = [];
  if (query.text?.trim()) parts.push(`“${query.text.trim()}”`);
  if (query.forum?.length) parts.push(`Forum: ${query.forum.join(', ')}`);
  if (query.theme?.length) parts.push(`Theme: ${query.theme.join(', ')}`);
  if (query.actor?.length) parts.push(`Actor: ${query.actor.join(', ')}`);
  if (query.from) parts.push(`from ${query.from}`);
  if (query.to) parts.push(`to ${query.to}`);
  return parts.length ? parts.join(' · ') : 'the whole library';
}
