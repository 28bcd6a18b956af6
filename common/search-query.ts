/**
 * A library search as the renderer sends it, a book stores it (its live source) and the CLI
 * builds it from flags: one schema, the type derived from it.
 */
import { z } from 'zod';
import { isoDateSchema as isoDate } from './primitives';

const names = z.array(z.string().min(1).max(300)).max(20);

export const searchQuerySchema = z.strictObject({
  text: z.string().max(1000).optional(),
  forum: names.optional(),
  theme: names.optional(),
  actor: names.optional(),
  /** Inclusive bounds, YYYY[-MM[-DD]]: a meeting matches when its date overlaps the range. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['relevance', 'date-desc', 'date-asc']).optional(),
  /**
   * Several names of one kind: 'all' (the default) needs every one, 'any' needs one of them
   * (the Library's facets). Kinds always combine: a forum and an actor means both.
   */
  facetMatch: z.enum(['all', 'any']).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).optional(),
  /**
   * Count facets over the whole result set (default true). A later page of the same query
   * (offset > 0) already has them, so it asks for none and gets empty lists; the total is
   * always given, as a plain count of the matches.
   */
  facets: z.boolean().optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
