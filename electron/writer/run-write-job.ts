import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors';
import type { Library } from '../library/open-library';
import { findWorkerBundle } from '../library/native-binding';
import type { Progress } from '../../common/primitives';
import { runWriteJobHere, type WriteJobName, type WriteRequest, type WriteResult } from './write-jobs';

/** What the main thread hands the writer worker. */
export interface WriterData<K extends WriteJobName> {
  libraryPath: string;
  name: K;
  request: WriteRequest<K>;
}

/** What the writer worker posts back: progress any number of times, then one `done`. */
export type WorkerReply =
  | { progress: Progress; done?: undefined }
  | { done: { ok: true; value: unknown } | { ok: false; code: ErrorCode; message: string } };

/**
 * dist/write-worker.cjs (see library/native-binding.ts findWorkerBundle). From the TypeScript sources (unit tests) there
 * is none unless BRIEFING_WRITER_WORKER names a fresh build: a dist/ copy could be older than
 * the sources.
 */
function writerWorkerPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findWorkerBundle('write-worker.cjs', env.BRIEFING_WRITER_WORKER).found;
}

/** One heavy write at a time: two would only wait for each other's write lock (and time out). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs a heavy write (write-jobs.ts) in the writer worker, one after another, so the calling
 * thread's event loop keeps turning (an Electron window stays responsive). Without a worker
 * file (unit tests from the sources) or for an in-memory library (no file to share) it runs
 * in this thread, the same code.
 */
export function runWriteJob<K extends WriteJobName>(
  library: Library,
  name: K,
  request: WriteRequest<K>,
  onProgress: (p: Progress) => void = () => {},
): Promise<WriteResult<K>> {
  const run = () => {
    const worker = library.path !== ':memory:' ? writerWorkerPath() : undefined;
    if (!worker && process.versions.electron) {
      throw new AppError('INTERNAL', 'The library writer (write-worker.cjs) is missing; reinstall the app or run "npm run build".');
    }
    return worker ? runInWorker(worker, { libraryPath: library.path, name, request }, onProgress) : runWriteJobHere(library, name, request, onProgress);
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function runInWorker<K extends WriteJobName>(path: string, data: WriterData<K>, onProgress: (p: Progress) => void): Promise<WriteResult<K>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: data });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      // Its job is done (or failed): nothing it started, such as extraction workers, outlives it.
      void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (!reply.done) return onProgress(reply.progress);
      const { done } = reply;
      settle(() => (done.ok ? resolve(done.value as WriteResult<K>) : reject(new AppError(done.code, done.message))));
    });
    worker.on('error', (error) => settle(() => reject(new AppError('INTERNAL', `The library writer failed: ${error.message}`))));
    // A worker that stops before answering (killed, out of memory) left its transaction uncommitted: nothing was written.
    worker.on('exit', (code) => settle(() => reject(new AppError('INTERNAL', `The library writer stopped unexpectedly (exit ${code}); nothing was changed.`))));
  });
}
