import type { UserTheme } from './types';
import { extractText, refusal, type ExtractJob, type Extracted, type ReadText } from './extract-file';
import { leasePool, type ExtractPool, type PoolLease, type PoolOptions } from './extract-pool';
import { formatOf } from '../read/read-document';

/**
 * The items of an import, read and extracted in input order. From MIN_FILES_FOR_WORKERS
 * items on, the work runs ahead in a worker pool (starting a worker, ~0.2 s, costs more
 * than a few files take here), so the caller resolves and writes item i while the
 * workers extract the next ones; below that, or when no worker is available, each item is
 * done here when the caller asks for it. The results are the same either way.
 */
export const MIN_FILES_FOR_WORKERS = 20;

/**
 * Items extracted ahead of the one the caller is at. More than a commit chunk (500, see
 * import-writer.ts), so the workers keep going while the caller writes a whole chunk in
 * one synchronous transaction; bounded so a 10,000-file batch does not sit in memory.
 */
const AHEAD = 640;

export interface BatchInput {
  file: string;
  /** A file on disk, when the item is one: plain-text formats are then read by the worker. */
  path?: string;
  /** The item's text and metadata (reads and checks the file or bytes; throws an AppError to refuse). */
  read: () => Promise<ReadText>;
}

export interface BatchOptions {
  /** false: everything in this thread. Default: a pool from MIN_FILES_FOR_WORKERS items on. */
  workers?: boolean | PoolOptions;
}

export async function* extractInOrder(inputs: readonly BatchInput[], userThemes: readonly UserTheme[], options: BatchOptions = {}): AsyncGenerator<Extracted> {
  const poolOptions = typeof options.workers === 'object' ? options.workers : undefined;
  const lease = options.workers !== false && inputs.length >= MIN_FILES_FOR_WORKERS ? leasePool(poolOptions) : undefined;
  if (!lease) {
    // A long text (a 4 MB page takes ~2 s to extract) goes to a worker even in a small batch:
    // in the app this thread is the window's main process.
    let large: PoolLease | undefined;
    const poolForLargeText = () => (options.workers === false ? undefined : (large ??= leasePool(poolOptions))?.pool);
    try {
      for (const input of inputs) yield await extractHere(input, userThemes, poolForLargeText);
    } finally {
      await large?.release();
    }
    return;
  }
  const { pool } = lease;
  try {
    const started: Array<Promise<Extracted>> = [];
    // Other formats (HTML, Word, PDF) are read here, one at a time as before, and their text sent to a worker.
    let reads: Promise<unknown> = Promise.resolve();
    const start = (input: BatchInput): Promise<Extracted> => {
      if (input.path !== undefined && isPlainText(input.path)) return pool.run({ file: input.file, path: input.path }, userThemes);
      const read = reads.then(() => input.read());
      reads = read.catch(() => undefined);
      return read.then(
        (read) => pool.run({ file: input.file, text: read.text, meta: read.meta } satisfies ExtractJob, userThemes),
        (error: unknown): Extracted => ({ ok: false, reason: refusal(input.file, error) }),
      );
    };
    for (let i = 0; i < inputs.length; i++) {
      while (started.length < inputs.length && started.length <= i + AHEAD) started.push(start(inputs[started.length]!));
      const result = await started[i]!;
      delete started[i]; // let a consumed extraction be collected
      yield result;
    }
  } finally {
    await lease.release();
  }
}

/** Texts from this long on are extracted in a worker (tens of milliseconds of work and more). */
export const LARGE_TEXT_CHARS = 100_000;

async function extractHere(input: BatchInput, userThemes: readonly UserTheme[], poolForLargeText: () => ExtractPool | undefined): Promise<Extracted> {
  let read: ReadText;
  try {
    read = await input.read();
  } catch (error) {
    return { ok: false, reason: refusal(input.file, error) };
  }
  const pool = read.text.length >= LARGE_TEXT_CHARS ? poolForLargeText() : undefined;
  if (pool) return pool.run({ file: input.file, text: read.text, meta: read.meta } satisfies ExtractJob, userThemes);
  return extractText(input.file, read, userThemes);
}

function isPlainText(path: string): boolean {
  const format = formatOf(path);
  return format === 'txt' || format === 'md';
}
