import { z } from 'zod';
import { bundleScopeSchema } from '../../share/bundle-scope';
import type { ImportRecord } from '../../library/types';
import type { BundleExportResult, BundleInspection, BundleImportResult, BundleManifest, UndoReport } from '../../share/share-types';
import { conflictPolicySchema as policy, importIdSchema, operationIdSchema } from '../../../common/primitives';
import { defineContract, method } from '../define';

const bundlePath = z.string().min(1).max(4096);
/** Lets the renderer match `bundle:progress` events to the call that caused them. */
const operationId = operationIdSchema.optional();

export type ExportOutcome = { cancelled: true } | ({ cancelled: false } & BundleExportResult);

/**
 * Shared-library bundles (.bblib): export a scope to a file the user picks, pick a bundle,
 * preview it against the library, import it with a conflict policy, undo an import, list imports.
 */
export const shareContract = defineContract('share', {
  /** `sharedBy`: the name colleagues see as "Shared by" (else the computer's user name). */
  export: method<ExportOutcome>()(z.strictObject({ scope: bundleScopeSchema, operationId, sharedBy: z.string().trim().min(1).max(200).optional() })),
  /** Shows the open dialog; null when the user cancelled. */
  pickBundle: method<{ path: string } | null>()(z.strictObject({}).optional()),
  inspect: method<BundleInspection>()(z.strictObject({ path: bundlePath, policy: policy.optional() })),
  import: method<BundleImportResult>()(z.strictObject({ path: bundlePath, policy: policy.optional(), operationId })),
  undo: method<UndoReport>()(z.strictObject({ importId: importIdSchema, force: z.boolean().optional() })),
  history: method<ImportRecord[]>()(z.strictObject({ limit: z.number().int().min(1).max(1000).optional() }).optional()),
});

// Types the renderer uses: it imports types from electron/ only through the contracts.
export type { BundleInspection, BundleImportResult, BundleManifest, ImportRecord, UndoReport };
export type { BundleScope } from '../../share/bundle-scope';
export type { ConflictPolicy } from '../../../common/primitives';
