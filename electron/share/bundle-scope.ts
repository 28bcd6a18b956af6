import { z } from 'zod';
import { bookIdSchema } from '../../common/primitives';
import { searchQuerySchema } from '../../common/search-query';

/**
 * What a bundle covers: the whole library, one book, or what a search finds (the library
 * search's own query schema, without its paging and sorting). The IPC contract, the CLI and
 * the manifest reader all check a scope with this one schema. Pure (zod only): the contracts
 * import it, and they reach the renderer and the test bridge's browser client.
 */
export const bundleScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('library') }),
  z.strictObject({ kind: z.literal('filter'), query: searchQuerySchema.pick({ text: true, forum: true, theme: true, actor: true, from: true, to: true }) }),
  z.strictObject({ kind: z.literal('book'), bookId: bookIdSchema }),
]);
export type BundleScope = z.infer<typeof bundleScopeSchema>;

export function describeScope(scope: BundleScope): string {
  if (scope.kind === 'library') return 'the whole library';
  if (scope.kind === 'book') return `book ${scope.bookId}`;
  const q = scope.query;
  const parts = [
    q.text ? `"${q.text}"` : '',
    ...(q.forum ?? []).map((f) => `forum ${f}`),
    ...(q.theme ?? []).map((t) => `theme ${t}`),
    ...(q.actor ?? []).map((a) => `actor ${a}`),
    q.from ? `from ${q.from}` : '',
    q.to ? `to ${q.to}` : '',
  ].filter(Boolean);
  return parts.length ? `summaries matching ${parts.join(', ')}` : 'all summaries';
}
