import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

let built: Promise<{ worker: string; crashing: string }> | undefined;

/**
 * Builds the extraction worker from the current sources into a temp folder (never a stale
 * dist/), plus a stand-in worker that dies on its first job (to test the pool's fallback).
 * Inside node_modules so the bundle's lazy require('linkedom') etc. would resolve.
 */
export function buildExtractWorker(): Promise<{ worker: string; crashing: string }> {
  built ??= (async () => {
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'bbb-extract-worker-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const worker = join(dir, 'extract-worker.cjs');
    await build({
      absWorkingDir: root,
      entryPoints: ['electron/ingest/extract/extract-worker.ts'],
      outfile: worker,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfkit', 'fontkit', 'mammoth', 'linkedom', '@mozilla/readability'],
      logLevel: 'warning',
    });
    const crashing = join(dir, 'crashing-worker.cjs');
    writeFileSync(crashing, "require('node:worker_threads').parentPort.once('message', () => process.exit(7));\n");
    return { worker, crashing };
  })();
  return built;
}
