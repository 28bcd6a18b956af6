import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors';
import { workerBundlePath } from '../../export/render-in-worker';
import type { BundleContent } from '../bundle-format';
import { unpackContent, type PackedContent } from './bundle-transfer';
import { readBundleFile, regularFileSize } from './read-bundle-file';

export interface ReadBundleOptions {
  /** Stop the worker after this long (a hostile file must not hang the app). */
  timeoutMs?: number;
  /** Verify in this thread instead (fuzz tests: thousands of tiny files). */
  inProcess?: boolean;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Where dist/bundle-worker.cjs is: next to the CLI bundle (dist/cli.cjs), one level up from
 * the Electron main bundle (dist/electron/main.cjs), or under dist/ from the sources (tests).
 * BRIEFING_BUNDLE_WORKER overrides (tests that build a fresh worker).
 */
export function bundleWorkerPath(env: NodeJS.ProcessEnv = process.env): string {
  return workerBundlePath('bundle-worker.cjs', env.BRIEFING_BUNDLE_WORKER, 'The bundle reader');
}

/** Reads and verifies a bundle file in a worker thread; resolves with its content or rejects with a refusal. */
export function readBundle(path: string, options: ReadBundleOptions = {}): Promise<BundleContent> {
  if (options.inProcess) return Promise.resolve().then(() => readBundleFile(path));
  // Checked here too, before any worker starts: it would wait out its timeout on a pipe.
  try {
    regularFileSize(path);
  } catch (error) {
    return Promise.reject(error);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const name = basename(path);
  return new Promise((resolve, reject) => {
    // The worker's private copy of the file lives here; removed once the worker has stopped,
    // however it stopped.
    const workDir = mkdtempSync(join(tmpdir(), 'bbb-bundle-'));
    const worker = new Worker(bundleWorkerPath(), {
      workerData: { path, workDir },
      resourceLimits: { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate().finally(() => rmSync(workDir, { recursive: true, force: true }));
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(new AppError('BUNDLE_REFUSED', `${name} cannot be imported: checking it took longer than ${Math.round(timeoutMs / 1000)} s, so it was stopped. Nothing was changed.`)),
      );
    }, timeoutMs);
    worker.on('message', (message: { ok: true; content: PackedContent } | { ok: false; code: ErrorCode; message: string }) => {
      settle(() => (message.ok ? resolve(unpackContent(message.content)) : reject(new AppError(message.code, message.message))));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('BUNDLE_REFUSED', `${name} cannot be imported: checking it needed more memory than allowed. Nothing was changed.`)
            : new AppError('INTERNAL', `The bundle reader failed on ${name}: ${error.message}`),
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new AppError('INTERNAL', `The bundle reader stopped unexpectedly (exit ${code}) on ${name}.`)));
    });
  });
}
