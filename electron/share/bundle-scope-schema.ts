import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');
const names = z.array(z.string().min(1).max(300)).max(20);

/** What an export may cover, as the IPC contract validates it (same shape as BundleScope). */
export const bundleScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('library') }),
  z.strictObject({
    kind: z.literal('filter'),
    query: z.strictObject({
      text: z.string().max(1000).optional(),
      forum: names.optional(),
      theme: names.optional(),
      actor: names.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
  }),
  z.strictObject({ kind: z.literal('book'), bookId: z.string().min(1).max(100) }),
]);
