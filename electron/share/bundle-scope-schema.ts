import { z } from 'zod';
import { searchQuerySchema } from '../../common/search-query';

/** What an export may cover, as the IPC contract validates it (same shape as BundleScope). */
export const bundleScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('library') }),
  z.strictObject({
    kind: z.literal('filter'),
    // The search's filters only: a bundle holds every match, unsorted and unpaged.
    query: searchQuerySchema.pick({ text: true, forum: true, theme: true, actor: true, from: true, to: true }),
  }),
  z.strictObject({ kind: z.literal('book'), bookId: z.string().min(1).max(100) }),
]);
