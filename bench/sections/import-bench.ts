import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { addSummary } from '../../electron/library/summaries';
import { prepareSummary } from '../../electron/ingest/write/commit-item';
import { corpus, type CorpusItem } from '../corpus';
import type { BenchContext } from '../main';
import { nowMs, round } from '../timing';
import { rawInsert, snapshotRows } from './raw-insert';
import { importPipeline } from './import-pipeline';

/**
 * `import`: end-to-end import of n corpus articles (as .txt files) through the app's
 * pipeline into an empty library, beside the raw rate of inserting the very rows the app
 * produced. Raw runs before and after the app run and the two are averaged (drift).
 */

export interface ImportFigures {
  n: number;
  perSec: number;
  rawPerSec: number;
  ratio: number;
  /** The same files read, cleaned and extracted without writing (importPaths dryRun). */
  dryRunPerSec?: number;
  pipeline: string;
  added: number;
}

async function freshLibrary(dir: string, name: string): Promise<Library> {
  const path = join(dir, `${name}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return openLibrary(path);
}

export async function importSection(ctx: BenchContext): Promise<ImportFigures> {
  const n = ctx.quick ? 600 : 2000;
  const items: CorpusItem[] = [...corpus(n, ctx.vocab, 777)];
  const dir = join(ctx.tmp, 'import');
  const files = join(dir, 'articles');
  mkdirSync(files, { recursive: true });
  const paths = items.map((it, i) => {
    const path = join(files, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, it.raw);
    return path;
  });

  const pipeline = importPipeline(ctx) ?? {
    label: 'foundation only: prepareSummary + addSummary (no cleaning or extraction in electron/ingest yet)',
    run: async (lib: Library, ps: string[]) => {
      const { readFileSync } = await import('node:fs');
      for (const p of ps) addSummary(lib.db, prepareSummary(readFileSync(p, 'utf8'), { fileName: p }));
    },
  };

  // Warm-up on a few files (JIT, statement caches), untimed, in a throwaway library.
  const warm = await freshLibrary(dir, 'warm');
  await pipeline.run(warm, paths.slice(0, Math.min(50, n)));
  warm.close();

  const app = await freshLibrary(dir, 'app');
  const t0 = nowMs();
  await pipeline.run(app, paths);
  const appMs = nowMs() - t0;
  const snap = snapshotRows(app.db);
  app.close();

  let dryRunPerSec: number | undefined;
  if (pipeline.dryRun) {
    const dry = await freshLibrary(dir, 'dry');
    const t1 = nowMs();
    await pipeline.dryRun(dry, paths);
    dryRunPerSec = (n / (nowMs() - t1)) * 1000;
    dry.close();
  }
  if (snap.summaries.length === 0) throw new Error(`the import pipeline (${pipeline.label}) added no summaries`);

  const rawMs: number[] = [];
  for (const name of ['raw1', 'raw2']) {
    const raw = await freshLibrary(dir, name);
    rawMs.push(rawInsert(raw.db, snap));
    raw.close();
  }
  const rawAvg = (rawMs[0]! + rawMs[1]!) / 2;
  const added = snap.summaries.length;
  const perSec = (n / appMs) * 1000;
  const rawPerSec = (added / rawAvg) * 1000;
  rmSync(dir, { recursive: true, force: true });
  return {
    n,
    perSec: round(perSec, 0),
    rawPerSec: round(rawPerSec, 0),
    ratio: round(perSec / rawPerSec, 3),
    ...(dryRunPerSec !== undefined ? { dryRunPerSec: round(dryRunPerSec, 0) } : {}),
    pipeline: pipeline.label,
    added,
  };
}
