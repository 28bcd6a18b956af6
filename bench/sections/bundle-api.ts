import type { Library } from '../../electron/library/open-library';
import { findFunction } from '../domains';

/**
 * How the benchmark calls the shared-library helper (electron/share), found at run time:
 * exportBundle(db, { scope, outPath, exportedBy, appVersion }) and
 * importBundle(db, path, { policy }) (which reads the bundle in its worker, then merges).
 */
export interface BundleApi {
  label: string;
  exportAll(lib: Library, outPath: string): Promise<unknown>;
  importFile(lib: Library, bundlePath: string): Promise<unknown>;
}

export function bundleApi(): BundleApi {
  const exp = findFunction<(db: unknown, options: Record<string, unknown>) => unknown>('share', ['exportBundle'], ['bundles', 'export-bundle']);
  const imp = findFunction<(db: unknown, path: string, options: Record<string, unknown>) => Promise<unknown>>('share', ['importBundle'], ['bundles']);
  return {
    label: `${exp.where}, ${imp.where}`,
    exportAll: async (lib, outPath) => exp.fn(lib.db, { scope: { kind: 'library' }, outPath, exportedBy: 'bench', appVersion: 'bench' }),
    importFile: async (lib, bundlePath) => imp.fn(lib.db, bundlePath, { policy: 'keep-mine' }),
  };
}
