import type { Library } from '../library/open-library';
import type { ConflictPolicy, Progress } from '../../common/primitives';
import { exportBundle, importBundle, inspectBundle, undoImport, type BundleExportResult, type BundleInspection, type BundleImportResult, type ExportOptions, type UndoReport } from '../share/bundles';
import { importPaths } from '../ingest/import-service';
import type { CommitItem } from '../ingest/write/commit-item';
import type { ImportReport } from '../ingest/ingest-types';
import { importItems, type ImportItemsOptions } from '../ingest/write/import-writer';

/**
 * The library writes that can take seconds (a bundle of 10,000 summaries, a batch of files),
 * by name, with their request and result. Each runs in the writer worker (write-worker.ts) on
 * its own connection, with exactly the code, transactions and refusals it has in-process.
 */
export interface WriteJobs {
  /** A dry run of the merge (rolled back): what importing the bundle would do. */
  'inspect-bundle': { request: { path: string; policy?: ConflictPolicy }; result: BundleInspection };
  'import-bundle': { request: { path: string; policy?: ConflictPolicy }; result: BundleImportResult };
  'undo-import': { request: { importId: string; force?: boolean }; result: UndoReport };
  /** Not a write to the library, but as long as one: a bundle of thousands read and written out. */
  'export-bundle': { request: Omit<ExportOptions, 'onProgress'>; result: BundleExportResult };
  'commit-items': { request: { items: CommitItem[]; options?: Omit<ImportItemsOptions, 'onProgress'> }; result: ImportReport };
  /** Files read, extracted and stored in one go (the sample library), chunk by chunk as they come. */
  'import-paths': { request: { paths: string[] }; result: ImportReport };
}

export type WriteJobName = keyof WriteJobs;
export type WriteRequest<K extends WriteJobName> = WriteJobs[K]['request'];
export type WriteResult<K extends WriteJobName> = WriteJobs[K]['result'];

type Job<K extends WriteJobName> = (library: Library, request: WriteRequest<K>, onProgress: (p: Progress) => void) => Promise<WriteResult<K>> | WriteResult<K>;

const WRITE_JOBS: { [K in WriteJobName]: Job<K> } = {
  'inspect-bundle': (library, { path, policy }) => inspectBundle(library.db, path, { policy }),
  'import-bundle': (library, { path, policy }, onProgress) => importBundle(library.db, path, { policy, onProgress }),
  'undo-import': (library, { importId, force }) => undoImport(library.db, importId, { force }),
  'export-bundle': (library, options, onProgress) => exportBundle(library.db, { ...options, onProgress }),
  'commit-items': (library, { items, options }, onProgress) => importItems(library, items, { ...options, onProgress }),
  'import-paths': (library, { paths }, onProgress) => importPaths(library, paths, { onProgress }),
};

export function runWriteJobHere<K extends WriteJobName>(
  library: Library,
  name: K,
  request: WriteRequest<K>,
  onProgress: (p: Progress) => void,
): Promise<WriteResult<K>> {
  return Promise.resolve().then(() => (WRITE_JOBS[name] as Job<K>)(library, request, onProgress));
}
