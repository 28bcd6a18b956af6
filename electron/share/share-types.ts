/**
 * The result shapes of sharing (inspect, import, undo, the manifest), as plain types. Types
 * only, with no runtime imports: the share contract reaches the renderer's DOM program, which
 * must compile without Node types (the services that produce these do import Node).
 */

import type { ConflictPolicy, EntityKind } from '../../common/primitives';
import type { CopiedCounts } from '../library/types';
import type { BundleScope } from './bundle-scope';

/** The manifest's counts: what the export copied (library/bundle-copy.ts). */
export type BundleCounts = CopiedCounts;

export interface BundleManifest {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  exportedBy: string;
  scope: BundleScope;
  counts: BundleCounts;
  contentSha256: string;
}

/** What an export wrote. */
export interface BundleExportResult {
  path: string;
  manifest: BundleManifest;
  bytes: number;
}

export interface EntityMerge {
  kind: EntityKind;
  /** The name the bundle uses. */
  bundleName: string;
  /** The entity it resolved to in this library. */
  localName: string;
  /** Bundle names that became new aliases of the local entity. */
  newAliases: string[];
}

export interface SummaryConflict {
  id: string;
  mineTitle: string;
  theirsTitle: string;
  resolution: 'kept-mine' | 'took-theirs' | 'kept-both' | 'copy-already-kept' | 'kept-mine-text-elsewhere';
  /** The id theirs is stored under when kept as a copy. */
  copyId?: string;
}

export interface MergeReport {
  importId: string | null;
  dryRun: boolean;
  policy: ConflictPolicy;
  summaries: { inBundle: number; added: number; identical: number; sameText: number; changed: number; keptMine: number; tookTheirs: number; keptBoth: number };
  entities: { inBundle: number; added: number; merged: number; aliasesAdded: number };
  tags: { added: number; updated: number };
  books: { inBundle: number; added: number; existing: number };
  conflicts: SummaryConflict[];
  entityMerges: EntityMerge[];
  /** True when conflicts/entityMerges were cut to LIST_LIMIT entries. */
  truncated: boolean;
}

export interface Coverage {
  forums: Array<{ name: string; summaries: number }>;
  themes: Array<{ name: string; summaries: number }>;
  actors: Array<{ name: string; summaries: number }>;
  dateRange: { from: string; to: string } | null;
}

export interface BundleInspection {
  fileName: string;
  bytes: number;
  manifest: BundleManifest;
  counts: BundleCounts;
  coverage: Coverage;
  /** What importing would do to this library (a dry run of the real merge). */
  preview: MergeReport;
}

export type BundleImportResult = MergeReport & { fileName: string; manifest: BundleManifest };

export interface UndoReport {
  importId: string;
  summariesRemoved: number;
  summariesRestored: number;
  tagsRemoved: number;
  tagsRestored: number;
  aliasesRemoved: number;
  entitiesRemoved: number;
  /** New entities the user has since used elsewhere: kept, so that work is not lost. */
  entitiesKept: number;
  booksRemoved: number;
  /** Items taken out of books that stay (their summaries came with the import and go with it). */
  bookItemsRemoved: number;
  /** How many books kept by the undo lost items. */
  booksShrunk: number;
}
