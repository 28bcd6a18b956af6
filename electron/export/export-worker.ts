import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { planBook } from '../books/book-plan';
import { renderDocx, renderDocxToFile } from '../docx/render-docx';
import { AppError, errorMessage } from '../errors';
import { sqliteOptions } from '../library/native-binding';
import { renderBookToBuffer, renderBookToFile, type RenderOptions } from '../pdf/render-book';
import type { RenderedBook, RenderJob, WorkerCommand, WorkerReport } from './render-in-worker';

/**
 * Worker-thread entry (built to dist/export-worker.cjs): plans and renders one book as PDF or
 * Word from its own read-only connection, reporting progress; see render-in-worker.ts.
 */
const job = workerData as RenderJob;
const controller = new AbortController();
const send = (report: WorkerReport, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(report, transfer);
parentPort!.on('message', (command: WorkerCommand) => {
  if (command.type === 'cancel') controller.abort();
});

async function render(): Promise<RenderedBook> {
  const db = new Database(job.libraryPath, { readonly: true, fileMustExist: true, ...sqliteOptions(job.nativeBinding) });
  let plan;
  try {
    plan = planBook(db, job.bookId);
  } finally {
    db.close();
  }
  const options: RenderOptions = {
    signal: controller.signal,
    onProgress: (progress) => send({ type: 'progress', progress }),
    reproducible: job.reproducible,
    creator: job.creator,
    version: job.version,
  };
  if (job.format === 'docx') {
    if (job.target) return { pages: null, bytes: (await renderDocxToFile(plan, job.target, options)).bytes };
    const data = await renderDocx(plan, options);
    return { pages: null, bytes: data.length, data };
  }
  if (job.target) return renderBookToFile(plan, job.target, options);
  const { pdf, pages } = await renderBookToBuffer(plan, options);
  return { pages, bytes: pdf.length, data: pdf };
}

render().then(
  (result) => {
    // The bytes move to the main thread rather than being copied.
    const data = result.data ? new Uint8Array(result.data) : undefined;
    send({ type: 'done', result: { ...result, data } }, data ? [data.buffer as ArrayBuffer] : []);
  },
  (error: unknown) => send({ type: 'failed', code: error instanceof AppError ? error.code : 'INTERNAL', message: errorMessage(error) }),
);
