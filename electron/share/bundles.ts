import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import type { ConflictPolicy, EntityKind, Progress } from '../../common/primitives';
import type { BundleContent } from './bundle-format';
import { mergeBundle } from './merge/merge-bundle';
import type { BundleImportResult, BundleInspection, Coverage } from './share-types';
import { readBundle, type ReadBundleOptions } from './read/read-bundle-in-worker';

export { exportBundle, type ExportOptions } from './write/export-bundle';
export { listImports } from '../library/imports';
export type { ImportRecord } from '../library/types';
export { undoImport } from './undo/undo-import';
export type { BundleExportResult, BundleImportResult, BundleInspection, MergeReport, UndoReport } from './share-types';

export interface ImportOptions {
  policy?: ConflictPolicy;
  dryRun?: boolean;
  read?: ReadBundleOptions;
  onProgress?: (p: Progress) => void;
}

/** What a bundle covers: the forums, themes and actors its summaries are tagged with, and its dates. */
function coverageOf(content: BundleContent): Coverage {
  const kindOf = new Map<number, { kind: EntityKind; name: string }>();
  for (const e of content.rows.entities) kindOf.set(e.id, { kind: e.kind, name: e.name });
  const counts: Record<EntityKind, Map<string, number>> = { forum: new Map(), theme: new Map(), actor: new Map() };
  for (const t of content.rows.summary_entities) {
    if (t.status === 'rejected') continue;
    const entity = kindOf.get(t.entity_id)!;
    counts[entity.kind].set(entity.name, (counts[entity.kind].get(entity.name) ?? 0) + 1);
  }
  const list = (kind: EntityKind) =>
    [...counts[kind]].map(([name, summaries]) => ({ name, summaries })).sort((a, b) => b.summaries - a.summaries || a.name.localeCompare(b.name));
  let from: string | null = null;
  let to: string | null = null;
  for (const s of content.rows.summaries) {
    if (s.date_start !== null && (from === null || s.date_start < from)) from = s.date_start;
    if (s.date_end !== null && (to === null || s.date_end > to)) to = s.date_end;
  }
  return { forums: list('forum'), themes: list('theme'), actors: list('actor'), dateRange: from && to ? { from, to } : null };
}

/** Verifies a bundle (in a worker) and previews its import against this library; changes nothing. */
export async function inspectBundle(db: Database, path: string, options: ImportOptions = {}): Promise<BundleInspection> {
  const content = await readBundle(path, options.read);
  const preview = mergeBundle(db, content, { policy: options.policy ?? 'keep-mine', dryRun: true, label: basename(path) });
  return {
    fileName: basename(path),
    bytes: content.fileBytes,
    manifest: content.manifest,
    counts: content.manifest.counts,
    coverage: coverageOf(content),
    preview,
  };
}

/**
 * Verifies a bundle in a worker, then merges it in one transaction. A refused file throws
 * (AppError BUNDLE_REFUSED) before the library is touched.
 */
export async function importBundle(db: Database, path: string, options: ImportOptions = {}): Promise<BundleImportResult> {
  options.onProgress?.({ done: 0, total: 1, label: 'verifying' });
  const content = await readBundle(path, options.read);
  const report = mergeBundle(db, content, {
    policy: options.policy ?? 'keep-mine',
    dryRun: options.dryRun ?? false,
    label: basename(path),
    onProgress: options.onProgress,
  });
  return { ...report, fileName: basename(path), manifest: content.manifest };
}
