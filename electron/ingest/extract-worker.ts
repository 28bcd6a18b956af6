import { parentPort, workerData } from 'node:worker_threads';
import type { UserTheme } from './extract/types';
import { extractJob, type ExtractJob } from './extract-file';

/**
 * Worker-thread entry (built to dist/extract-worker.cjs): reads and extracts import items
 * away from the main thread, which meanwhile resolves names and writes earlier items (see
 * extract-pool.ts). Pure CPU and file reads, no library: the results go back as plain
 * data, in the order the jobs came.
 */
export interface WorkerJob {
  id: number;
  job: ExtractJob;
}

const { userThemes } = workerData as { userThemes: UserTheme[] };

// One job at a time, in arrival order (a job reading a file awaits, the next must wait for it).
let queue = Promise.resolve();
parentPort!.on('message', ({ id, job }: WorkerJob) => {
  queue = queue.then(async () => {
    parentPort!.postMessage({ id, result: await extractJob(job, userThemes) });
  });
});
