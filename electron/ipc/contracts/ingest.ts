import { z } from 'zod';
import type { ImportReport, PreviewItem } from '../../ingest/ingest-types';
import { operationIdSchema } from '../../../common/primitives';
import { reviewEditSchema } from '../../ingest/review-edit';
import { defineContract, method } from '../define';

// The shapes the renderer reads, re-exported so it imports types from the contracts only.
export type { Extraction, FieldEvidence } from '../../ingest/extract/types';
export type { ImportReport };

/**
 * Import of files and pasted text, in two steps so the user can review before anything is
 * stored:
 *
 * 1. `preview` reads and extracts (no writes) and returns one `IngestPreviewItem` per file:
 *    status 'new', 'duplicate' (already in the library: `existingId`) or 'refused' (`reason`
 *    says why: zip bomb, not a PDF, empty, binary, too large, unsupported type...). Folders
 *    are imported recursively (hidden files skipped). Each item carries a `key` for step 2
 *    and, unless refused, the `extraction` (DESIGN.md's contract; forum and actor names are
 *    already the library's canonical names).
 * 2. `commit` stores the items the user keeps, by `key`, with their edits: title, date, place,
 *    key points, and tag decisions. A tag listed with decision 'rejected' is stored as
 *    rejected (later re-extraction will not bring it back); 'accepted' is stored as accepted;
 *    a tag with `addedByUser` is the user's own. Without `tags`, the extraction's suggestions
 *    are stored undecided. The result reports per item added / duplicate / refused.
 *
 * Both emit `import:progress` events ({operationId, done, total, label}) when the request
 * carries an `operationId`. `pickFiles` opens the OS dialog (files, or a folder with
 * `folders: true`) and returns the chosen paths for `preview`.
 */
export type IngestPreviewItem = Omit<PreviewItem, 'resolved'> & {
  /** Opaque handle of this previewed item, for `commit` (valid for this app session). */
  key: string;
};

const operationId = operationIdSchema.optional();

export const previewRequestSchema = z
  .strictObject({
    paths: z.array(z.string().min(1).max(4096)).max(10_000).optional(),
    text: z.string().min(1).max(5_000_000).optional(),
    /** Files dropped on the window (no path available): name and base64 content. */
    files: z.array(z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(70_000_000) })).max(100).optional(),
    operationId,
  })
  .refine((r) => (r.paths?.length ?? 0) + (r.files?.length ?? 0) > 0 || r.text !== undefined, 'give paths, files or text to preview');

export const ingestContract = defineContract('ingest', {
  preview: method<IngestPreviewItem[]>()(previewRequestSchema),
  commit: method<ImportReport>()(z.strictObject({ items: z.array(reviewEditSchema).min(1).max(5000), operationId })),
  pickFiles: method<string[]>()(z.strictObject({ folders: z.boolean().optional() }).optional()),
});
