import { Worker } from 'node:worker_threads';
import type { Progress } from '../../common/primitives';
import { AppError, type ErrorCode } from '../errors';
import { findWorkerBundle } from '../library/native-binding';

/**
 * Book exports and live previews run in a worker thread (export-worker.ts), so laying out and
 * writing a thousand-summary book never blocks the Electron main process (#15: no task over
 * 50 ms there). The worker opens its own read-only connection to the library (WAL lets it read
 * while the main thread writes) and builds the layout plan itself: reading a thousand summaries
 * with their tags is itself a long synchronous task, so doing it on the main thread and sending
 * the plan across would stall the window before the worker even started.
 * The CLI renders in its own thread (it has no window to keep responsive).
 */
export interface RenderJob {
  libraryPath: string;
  bookId: string;
  format: 'pdf' | 'docx';
  /** The file to write; without it the worker returns the bytes (the live preview). */
  target?: string;
  /** The footer's "Version N". */
  version: number;
  reproducible?: boolean;
  creator: string;
  /** better-sqlite3's addon for this runtime (Electron's own build), as the main process uses. */
  nativeBinding?: string;
}

export interface RenderedBook {
  /** Pages of a PDF; null for a Word document (Word lays out its own pages). */
  pages: number | null;
  bytes: number;
  /** The document itself, when the job had no target. */
  data?: Uint8Array;
}

/** What the worker sends back: progress while it works, then one result or one error. */
export type WorkerReport =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: RenderedBook }
  | { type: 'failed'; code: ErrorCode; message: string };

/** What the main thread may send the worker once it runs. */
export type WorkerCommand = { type: 'cancel' };

/**
 * Where a worker bundle (dist/<fileName>) is: beside the CLI and bridge bundles (dist/), one
 * level up from the Electron main bundle (dist/electron/), unpacked from the asar in a packaged
 * app (a worker thread cannot start from inside it; Electron's fs also "finds" the packed copy,
 * so the unpacked one goes first), or under dist/ from the sources (tests). `override` (an
 * environment variable) wins. `what` names the worker in the error when none is found.
 */
export function workerBundlePath(fileName: string, override: string | undefined, what: string): string {
  const { found, candidates } = findWorkerBundle(fileName, override, { fromSources: true });
  if (!found) throw new AppError('INTERNAL', `${what} (${fileName}) is missing; run "npm run build". Looked in: ${candidates.join(', ')}`);
  return found;
}

export function exportWorkerPath(env: NodeJS.ProcessEnv = process.env): string {
  return workerBundlePath('export-worker.cjs', env.BRIEFING_EXPORT_WORKER, 'The book exporter');
}

/**
 * Runs one render job in a fresh worker. `signal` cancels it: the worker stops at its next
 * step and removes its partial file, and the promise rejects with CANCELLED.
 */
export function renderInWorker(
  job: RenderJob,
  options: { signal?: AbortSignal; onProgress?: (progress: Progress) => void } = {},
): Promise<RenderedBook> {
  const worker = new Worker(exportWorkerPath(), { workerData: { ...job, nativeBinding: job.nativeBinding ?? process.env.BRIEFING_SQLITE_BINDING } });
  const cancel = () => worker.postMessage({ type: 'cancel' } satisfies WorkerCommand);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  return new Promise<RenderedBook>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      fn();
      void worker.terminate();
    };
    worker.on('message', (report: WorkerReport) => {
      if (report.type === 'progress') options.onProgress?.(report.progress);
      else if (report.type === 'done') settle(() => resolve(report.result));
      else settle(() => reject(new AppError(report.code, report.message)));
    });
    worker.on('error', (error) => settle(() => reject(new AppError('INTERNAL', `The book exporter failed: ${error.message}`, { cause: error }))));
    worker.on('exit', (code) => settle(() => reject(new AppError('INTERNAL', `The book exporter stopped unexpectedly (exit ${code}).`))));
  });
}
