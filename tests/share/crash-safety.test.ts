import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/library/open-library';
import { exportBundle } from '../../electron/share/bundles';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { seedLibrary } from './helpers/library-fixtures';

// A child process imports a bundle through the real CLI and is SIGKILLed at a random moment.
// Afterwards the library must pass integrity_check, keep its full-text triggers, and hold the
// import either wholly (every summary, its import row and journal) or not at all.
const RUNS = Number(process.env.BUNDLE_CRASH_RUNS ?? 20);
const BUNDLE_SUMMARIES = 1500;
const BASE_SUMMARIES = 10;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runImport(cli: string, library: string, bundle: string, killAfterMs?: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    // TMPDIR: the private copies of a killed child land in the test's folder, removed with it.
    const child = spawn(process.execPath, [cli, '--library', library, 'bundle', 'import', bundle, '--json'], {
      stdio: 'ignore',
      env: { ...process.env, TMPDIR: dirname(library) },
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe('crash safety of bundle import', () => {
  const tmp = tempDir('bbb-share-crash-');
  let cli: string;
  const base = join(tmp.dir, 'base.sqlite');
  const bundle = join(tmp.dir, 'big.bblib');

  beforeAll(async () => {
    ({ cli } = await buildShareEntryPoints());
    const source = await openLibrary(join(tmp.dir, 'source.sqlite'));
    source.db.pragma('synchronous = OFF');
    seedLibrary(source.db, BUNDLE_SUMMARIES, { prefix: 'their', bodyWords: 200 });
    exportBundle(source.db, { scope: { kind: 'library' }, outPath: bundle, exportedBy: 'Crash', appVersion: '0.1.0' });
    source.close();
    const lib = await openLibrary(base);
    seedLibrary(lib.db, BASE_SUMMARIES, { prefix: 'mine' });
    lib.close();
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it(`leaves the import wholly there or wholly absent after SIGKILL (${RUNS} runs)`, async () => {
    // How long a full import takes here, so the kills land across its whole span.
    const calibrate = join(tmp.dir, 'calibrate.sqlite');
    copyFileSync(base, calibrate);
    const started = Date.now();
    expect((await runImport(cli, calibrate, bundle)).code).toBe(0);
    const fullMs = Date.now() - started;

    const seed = Number(process.env.BUNDLE_CRASH_SEED ?? Date.now() % 100000);
    const random = mulberry32(seed);
    const outcomes = { whole: 0, absent: 0 };
    for (let run = 0; run < RUNS; run++) {
      const path = join(tmp.dir, `run-${run}.sqlite`);
      copyFileSync(base, path);
      const delay = Math.round(random() * fullMs * 1.1);
      const exit = await runImport(cli, path, bundle, delay);
      const context = `run ${run}, seed ${seed}, kill after ${delay} of ~${fullMs} ms, exit ${exit.code ?? exit.signal}`;

      const lib = await openLibrary(path, { skipBackup: true });
      try {
        const db = lib.db;
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
        db.prepare("INSERT INTO summaries_fts (summaries_fts) VALUES ('integrity-check')").run();
        const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
        expect(triggers, context).toEqual([
          'summaries_fts_after_delete', 'summaries_fts_after_insert', 'summaries_fts_after_update',
          'summaries_script_after_delete', 'summaries_script_after_insert', 'summaries_script_after_update',
        ]);
        const summaries = db.prepare('SELECT count(*) FROM summaries').pluck().get() as number;
        const imports = db.prepare("SELECT id FROM imports WHERE kind = 'bundle'").pluck().all() as string[];
        const indexed = db.prepare("SELECT count(*) FROM summaries_fts WHERE summaries_fts MATCH 'their'").pluck().get() as number;
        if (imports.length === 0) {
          expect(summaries, context).toBe(BASE_SUMMARIES);
          expect(db.prepare('SELECT count(*) FROM import_journal').pluck().get(), context).toBe(0);
          expect(indexed, context).toBe(0);
          outcomes.absent++;
        } else {
          expect(imports.length, context).toBe(1);
          expect(summaries, context).toBe(BASE_SUMMARIES + BUNDLE_SUMMARIES);
          expect(db.prepare('SELECT count(*) FROM summaries WHERE origin_import_id = ?').pluck().get(imports[0]), context).toBe(BUNDLE_SUMMARIES);
          expect(indexed, context).toBe(BUNDLE_SUMMARIES);
          outcomes.whole++;
        }
        if (exit.code === 0) expect(imports.length, `${context}: the child reported success`).toBe(1);
      } finally {
        lib.close();
      }
    }
    console.log(`crash safety: seed ${seed}, full import ~${fullMs} ms, ${outcomes.whole} wholly imported, ${outcomes.absent} wholly absent`);
    expect(outcomes.whole + outcomes.absent).toBe(RUNS);
  }, 600_000);
});

