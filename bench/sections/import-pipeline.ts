import type { Library } from '../../electron/library/open-library';
import type { BenchContext } from '../main';
import { tryFunction } from '../domains';

/**
 * How the benchmark drives the ingest helper's batch import, found at run time:
 * importPaths(library, paths) reads each file, cleans and extracts it, and stores each
 * summary with its tags (electron/ingest/import-service.ts). Undefined while it does not
 * exist; the import section then measures the foundation's prepareSummary + addSummary.
 */
export interface ImportPipeline {
  label: string;
  run(lib: Library, paths: string[]): Promise<void>;
  /** Read, clean and extract only (a dry run): shows how much of the import is not writing. */
  dryRun?: (lib: Library, paths: string[]) => Promise<void>;
}

interface Report {
  added: number;
  refused: number;
  results: Array<{ status: string; reason?: string }>;
}

export function importPipeline(_ctx: BenchContext): ImportPipeline | undefined {
  const found = tryFunction<(lib: Library, paths: readonly string[], options?: { dryRun?: boolean }) => Promise<Report>>(
    'ingest',
    ['importPaths'],
    ['import-service'],
  );
  if (!found) return undefined;
  return {
    label: found.where,
    run: async (lib, paths) => {
      const report = await found.fn(lib, paths);
      if (report.refused > 0) {
        const why = report.results.find((r) => r.status === 'refused')?.reason;
        throw new Error(`the import refused ${report.refused} of ${paths.length} corpus files (first: ${why})`);
      }
    },
    dryRun: async (lib, paths) => {
      await found.fn(lib, paths, { dryRun: true });
    },
  };
}
