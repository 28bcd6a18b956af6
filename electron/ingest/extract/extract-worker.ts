import { parentPort } from 'node:worker_threads';
import type { UserTheme } from './types';
import { extractJob, type ExtractJob } from './extract-file';
import { answerReadJob, type ReadJobMessage } from '../read/isolated-read';

/**
 * Worker-thread entry (built to dist/extract-worker.cjs): reads and extracts import items
 * away from the main thread, which meanwhile resolves names and writes earlier items (see
 * extract-pool.ts). Pure CPU and file reads, no library: the results go back as plain
 * data, in the order the jobs came.
 */
/** A batch's theme list (sent once per worker), or a job naming the list it uses. */
export type WorkerMessage = { themes: { id: number; list: readonly UserTheme[] } } | { job: { id: number; themes: number; job: ExtractJob } } | ReadJobMessage;

/** Theme lists by id; a few recent ones are kept (batches may overlap). */
const themeLists = new Map<number, readonly UserTheme[]>();

// One job at a time, in arrival order (a job reading a file awaits, the next must wait for it).
let queue = Promise.resolve();
parentPort!.on('message', (message: WorkerMessage) => {
  // A worker started by isolated-read.ts (with a time and heap budget) parses one document at a time.
  if ('read' in message) {
    void answerReadJob(message).then((result) => parentPort!.postMessage(result));
    return;
  }
  if ('themes' in message) {
    themeLists.set(message.themes.id, message.themes.list);
    for (const id of themeLists.keys()) if (themeLists.size > 8) themeLists.delete(id);
    return;
  }
  const { id, themes, job } = message.job;
  queue = queue.then(async () => {
    parentPort!.postMessage({ id, result: await extractJob(job, themeLists.get(themes) ?? []) });
  });
});
