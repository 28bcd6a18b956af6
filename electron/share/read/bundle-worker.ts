import { parentPort, workerData } from 'node:worker_threads';
import { AppError, errorMessage } from '../../errors';
import { transferables } from './bundle-transfer';
import { readBundleFileRaw } from './read-bundle-file';

/**
 * Worker-thread entry (built to dist/bundle-worker.cjs): reads and verifies one bundle file
 * away from the main thread, so a hostile file that makes SQLite or the parser spin or
 * balloon can be stopped (terminated on timeout, capped by resourceLimits) without taking
 * the app down. It only reads: the verified content goes back packed (bundle-transfer.ts).
 */
const { path, workDir } = workerData as { path: string; workDir: string };
try {
  const content = readBundleFileRaw(path, workDir);
  parentPort!.postMessage({ ok: true, content }, transferables(content));
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    code: error instanceof AppError ? error.code : 'INTERNAL',
    message: errorMessage(error),
  });
}
