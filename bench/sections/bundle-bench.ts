import type { BenchContext } from '../main';
import { cachedLibrary } from '../library-fill';
import { openLibrary } from '../../electron/library/open-library';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nowMs, round } from '../timing';
import type { Library } from '../../electron/library/open-library';
import { findFunction } from '../domains';

/**
 * `bundle`: export a 10,000-summary library to a .bblib, import it into an empty library,
 * then import it again (everything identical). The reference is a plain file copy of the
 * source library (the least any transfer costs).
 */
export interface BundleFigures {
  n: number;
  exportSec: number;
  importSec: number;
  importCpuSec: number;
  reimportSec: number;
  rawCopySec: number;
  bundleMb: number;
  api: string;
}

export async function bundleSection(ctx: BenchContext): Promise<BundleFigures> {
  const api = bundleApi();
  const n = 10_000;
  const { library: source } = await cachedLibrary(n, ctx.vocab, ctx.log);
  const dir = ctx.tmp;
  const bundlePath = join(dir, 'bench.bblib');
  let t = nowMs();
  await api.exportAll(source, bundlePath);
  const exportSec = (nowMs() - t) / 1000;
  const copyTo = join(dir, 'copy.sqlite');
  t = nowMs();
  copyFileSync(source.path, copyTo);
  const rawCopySec = (nowMs() - t) / 1000;
  rmSync(copyTo, { force: true });
  source.close();

  const target = await openLibrary(join(dir, 'target.sqlite'));
  try {
    t = nowMs();
    const cpu0 = process.cpuUsage();
    await api.importFile(target, bundlePath);
    const cpu = process.cpuUsage(cpu0);
    const importSec = (nowMs() - t) / 1000;
    // CPU time of this process (main thread and the bundle worker): immune to waiting for a core.
    const importCpuSec = (cpu.user + cpu.system) / 1e6;
    const count = (target.db.prepare('SELECT count(*) AS n FROM summaries').get() as { n: number }).n;
    if (count !== n) throw new Error(`bundle import left ${count} summaries, expected ${n}`);
    t = nowMs();
    await api.importFile(target, bundlePath);
    const reimportSec = (nowMs() - t) / 1000;
    const after = (target.db.prepare('SELECT count(*) AS n FROM summaries').get() as { n: number }).n;
    if (after !== n) throw new Error(`re-import changed the library: ${after} summaries, expected ${n}`);
    const { statSync } = await import('node:fs');
    return {
      n,
      exportSec: round(exportSec, 2),
      importSec: round(importSec, 2),
      importCpuSec: round(importCpuSec, 2),
      reimportSec: round(reimportSec, 2),
      rawCopySec: round(rawCopySec, 3),
      bundleMb: round(statSync(bundlePath).size / 1024 / 1024, 1),
      api: api.label,
    };
  } finally {
    target.close();
  }
}

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
