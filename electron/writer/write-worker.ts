import { parentPort, workerData } from 'node:worker_threads';
import { AppError, errorMessage } from '../errors';
import { openWriterConnection } from '../library/open-library';
import { runWriteJobHere, type WriteJobName } from './write-jobs';
import type { WorkerReply, WriterData } from './run-write-job';

/**
 * Worker-thread entry (built to dist/write-worker.cjs): runs one heavy library write on its own
 * connection to the library file (WAL lets the main process keep reading meanwhile), posting
 * progress and then the result or the error. The main thread only waits.
 */
const { libraryPath, name, request } = workerData as WriterData<WriteJobName>;
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);

async function main(): Promise<void> {
  const library = openWriterConnection(libraryPath);
  let value: unknown;
  try {
    value = await runWriteJobHere(library, name, request, (progress) => post({ progress }));
  } finally {
    library.close();
  }
  // Only once the connection is closed: the main thread stops this worker when it has the answer.
  post({ done: { ok: true, value } });
}

main().catch((error: unknown) => {
  post({ done: { ok: false, code: error instanceof AppError ? error.code : 'INTERNAL', message: errorMessage(error) } });
});
