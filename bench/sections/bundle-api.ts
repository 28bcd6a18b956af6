import type { Library } from '../../electron/library/open-library';
import { findFunction } from '../domains';

/** How the benchmark calls the shared-library helper (electron/share), found at run time. */
export interface BundleApi {
  label: string;
  exportAll(lib: Library, outPath: string): Promise<unknown>;
  importFile(lib: Library, bundlePath: string): Promise<unknown>;
}

export function bundleApi(): BundleApi {
  const exp = findFunction<(...args: unknown[]) => unknown>('share', ['exportBundle', 'exportLibraryBundle', 'writeBundle']);
  const imp = findFunction<(...args: unknown[]) => unknown>('share', ['importBundle', 'mergeBundle', 'importBundleFile']);
  return {
    label: `${exp.where}, ${imp.where}`,
    exportAll: async (lib, outPath) => exp.fn(lib.db, { out: outPath, scope: { kind: 'all' } }),
    importFile: async (lib, bundlePath) => imp.fn(lib.db, bundlePath, { onConflict: 'keep-mine' }),
  };
}
