import { z } from 'zod';
import { MAX_CAVEAT_LENGTH, MAX_COPY_NUMBER_LENGTH } from './book-types';

/**
 * A book's options as stored and as sent: every key optional (stored options are merged over
 * DEFAULT_BOOK_OPTIONS), unknown keys refused. One schema for the IPC contract and for the
 * books a bundle brings, so a colleague's file cannot store options the app cannot print.
 */
export const bookOptionsSchema = z.strictObject({
  keyPointsOnly: z.boolean().optional(),
  includeNotes: z.boolean().optional(),
  includeSources: z.boolean().optional(),
  crossReferences: z.boolean().optional(),
  actorIndex: z.boolean().optional(),
  paper: z.enum(['a4', 'letter']).optional(),
  sectionsOnNewPage: z.boolean().optional(),
  actorGroupTypes: z.array(z.enum(['person', 'country', 'organization'])).min(1).max(3).optional(),
  draft: z.boolean().optional(),
  copyNumber: z.string().max(MAX_COPY_NUMBER_LENGTH).optional(),
  handlingCaveat: z.string().max(MAX_CAVEAT_LENGTH).optional(),
  pdfA: z.boolean().optional(),
});
