import { z } from 'zod';
import { actorTypeSchema, entityKindSchema, isoDateSchema, tagStatusSchema } from '../../common/primitives';

/**
 * What the import review sends back for one previewed item: the user's edits and tag
 * decisions, by the item's key (write/review.ts applies them). The ingest contract checks
 * `commit` requests with these schemas, and the review takes the types derived from them.
 * Zod only, no Node: the contract reaches the renderer's DOM program.
 */

/** A tag as the review left it. */
export const reviewedTagSchema = z.strictObject({
  kind: entityKindSchema,
  name: z.string().min(1).max(300),
  actorType: actorTypeSchema.optional(),
  /** Theme id from the taxonomy (themes.json) or from the preview's extraction. */
  themeId: z.string().max(100).optional(),
  /** 'suggested' (default, not reviewed), 'accepted' or 'rejected' by the user. */
  decision: tagStatusSchema.optional(),
  /** True when the user added the tag (it did not come from extraction). */
  addedByUser: z.boolean().optional(),
  /** The forum the meeting took place in; at most one forum of an item says true. */
  isPrimary: z.boolean().optional(),
});
export type ReviewedTag = z.infer<typeof reviewedTagSchema>;

/** What the user changed about one previewed item, by its key; anything left out stays as extracted. */
export const reviewEditSchema = z.strictObject({
  key: z.string().min(1).max(100),
  title: z.string().min(1).max(1000).optional(),
  date: isoDateSchema.nullable().optional(),
  city: z.string().max(200).nullable().optional(),
  country: z.string().max(200).nullable().optional(),
  keyPoints: z.array(z.string().max(5000)).max(50).optional(),
  notes: z.string().max(1_000_000).optional(),
  sourceName: z.string().max(500).nullable().optional(),
  sourceUrl: z.string().max(2000).nullable().optional(),
  /** The item's tags as the user left them; omit to store the extraction's suggestions as they are. */
  tags: z.array(reviewedTagSchema).max(1000).optional(),
});
export type ReviewEdit = z.infer<typeof reviewEditSchema>;
