import { Worker } from 'node:worker_threads';
import { basename } from 'node:path';
import { AppError, type ErrorCode } from '../../errors';
import { extractWorkerPath } from '../extract/extract-pool';
import { checkSize, formatOf, LIMITS, parseDocument, readBounded, readDocument, readDocumentBytes, type DocumentFormat, type ReadDocument } from './read-document';

/**
 * HTML, Word and PDF files are parsed in a worker thread with a time and a heap budget, never
 * in the calling thread: a hostile or broken file (markup Readability chews on for minutes, a
 * PDF whose streams inflate to gigabytes) then costs a refusal in words, not a frozen window
 * or a crashed process. The worker is the extraction worker's file (extract-worker.ts answers
 * read jobs too) started on its own with V8 resource limits; a worker that ran out of time or
 * memory is terminated and the next file gets a fresh one. Plain text is decoded in place
 * (linear, capped at 5 MB).
 */
export interface ReadBudget {
  /** Wall-clock time one file may take to parse. */
  timeoutMs: number;
  /** The worker's V8 old-generation heap, in MB. */
  heapMb: number;
}

export const DEFAULT_READ_BUDGET: ReadBudget = { timeoutMs: 30_000, heapMb: 1024 };

/** An idle reader stops after this long (a CLI process then exits at once anyway: it is unref'd). */
const IDLE_MS = 30_000;

export type ReadJobMessage = { read: { id: number; fileName: string; format: DocumentFormat; bytes: Uint8Array } };
export type ReadJobResult = { id: number; value: ReadDocument } | { id: number; error: { code: ErrorCode; message: string } };

export interface IsolatedReadOptions {
  budget?: Partial<ReadBudget>;
  /** The worker file (tests); default: the extraction worker next to the running bundle. */
  workerPath?: string;
}

export async function readDocumentIsolated(path: string, options: IsolatedReadOptions = {}): Promise<ReadDocument> {
  const format = formatOf(path);
  const reader = format && readerFor(format, options);
  if (!format || !reader) return readDocument(path);
  return reader.read(basename(path), format, readBounded(path, LIMITS[format]));
}

export async function readDocumentBytesIsolated(fileName: string, bytes: Buffer, options: IsolatedReadOptions = {}): Promise<ReadDocument> {
  const format = formatOf(fileName);
  const reader = format && readerFor(format, options);
  if (!format || !reader) return readDocumentBytes(fileName, bytes);
  checkSize(fileName, bytes, format);
  return reader.read(fileName, format, bytes);
}

/** One reader per worker file and budget. */
const readers = new Map<string, DocumentReader>();

/**
 * The worker that parses this format, or undefined: plain text is decoded in place, and from
 * the TypeScript sources (tests) there is no worker file unless one is named.
 */
function readerFor(format: DocumentFormat, options: IsolatedReadOptions): DocumentReader | undefined {
  if (format !== 'html' && format !== 'docx' && format !== 'pdf') return undefined;
  const workerPath = options.workerPath ?? extractWorkerPath();
  if (!workerPath) return undefined;
  const budget = { ...DEFAULT_READ_BUDGET, ...options.budget };
  const key = `${workerPath}\0${budget.timeoutMs}\0${budget.heapMb}`;
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = new DocumentReader(workerPath, budget)));
  return reader;
}

/** Parses bytes in this thread: what the worker does with a read job. */
export async function answerReadJob({ read }: ReadJobMessage): Promise<ReadJobResult> {
  try {
    return { id: read.id, value: await parseDocument(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength), read.fileName, read.format) };
  } catch (error) {
    const code: ErrorCode = error instanceof AppError ? error.code : 'UNSUPPORTED_FORMAT';
    const message = error instanceof AppError ? error.message : `${read.fileName} could not be read (${(error as Error).message ?? String(error)}). Open it and save it again, or paste its text.`;
    return { id: read.id, error: { code, message } };
  }
}

/** One worker, one file at a time (files were always parsed one by one). */
class DocumentReader {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly workerPath: string,
    private readonly budget: ReadBudget,
  ) {}

  read(fileName: string, format: DocumentFormat, bytes: Buffer): Promise<ReadDocument> {
    const run = this.queue.then(() => this.readNow(fileName, format, bytes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private readNow(fileName: string, format: DocumentFormat, bytes: Buffer): Promise<ReadDocument> {
    clearTimeout(this.idle);
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<ReadDocument>((resolve, reject) => {
      const done = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        this.idle = setTimeout(() => this.stop(worker), IDLE_MS);
        this.idle.unref();
        settle();
      };
      const onMessage = (result: ReadJobResult) => {
        if (result.id !== id) return;
        done(() => ('value' in result ? resolve(result.value) : reject(new AppError(result.error.code, result.error.message))));
      };
      const onError = (error: Error & { code?: string }) => {
        this.stop(worker);
        done(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(fileName, this.budget) : crashed(fileName, error)));
      };
      const onExit = () => {
        this.stop(worker);
        done(() => reject(crashed(fileName, new Error('the reader stopped'))));
      };
      const timer = setTimeout(() => {
        this.stop(worker);
        done(() => reject(outOfTime(fileName, this.budget)));
      }, this.budget.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      // A copy crosses (the caller keeps its Buffer, which may be a slice of a pooled one).
      worker.postMessage({ read: { id, fileName, format, bytes: new Uint8Array(bytes) } } satisfies ReadJobMessage);
    });
  }

  private started(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.workerPath, { resourceLimits: { maxOldGenerationSizeMb: this.budget.heapMb } });
      this.worker.unref();
    }
    return this.worker;
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

function outOfTime(fileName: string, budget: ReadBudget): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} took longer than ${(budget.timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s to read, so reading it was stopped. It may be damaged or built to be hard to read: open it in its own program and save or print it to a new file, or paste its text.`,
  );
}

function outOfMemory(fileName: string, budget: ReadBudget): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} needed more than ${budget.heapMb} MB of memory to read, so reading it was stopped. Import the relevant part, or paste its text.`,
  );
}

function crashed(fileName: string, error: Error): AppError {
  return new AppError('UNSUPPORTED_FORMAT', `${fileName} could not be read (${error.message}). Open it and save it again, or paste its text.`);
}
