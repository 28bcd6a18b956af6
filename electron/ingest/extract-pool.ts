import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UserTheme } from './extract/types';
import { extractJob, type ExtractJob, type Extracted } from './extract-file';
import type { WorkerJob } from './extract-worker';

/**
 * A few worker threads that read and extract import items (extract-worker.ts) while the
 * main thread resolves names and writes. A worker that dies (it should not: every error
 * of a file becomes a refusal inside it) hands its unfinished jobs back to this thread, so
 * a batch never loses a file to the pool; with no worker left, jobs run here.
 */
interface Slot {
  worker: Worker;
  pending: Map<number, ExtractJob>;
}

export interface PoolOptions {
  /** Worker threads (default: one per core beyond the main thread's, at least 1, at most 4). */
  size?: number;
  workerPath?: string;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Where dist/extract-worker.cjs is: next to the CLI bundle (dist/cli.cjs), one level up from
 * the Electron main bundle (dist/electron/main.cjs) or the benchmark's (dist/bench/). From
 * the TypeScript sources (tests) there is none unless BRIEFING_EXTRACT_WORKER names a fresh
 * build: a dist/ copy could be older than the sources and extract differently.
 */
export function extractWorkerPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    env.BRIEFING_EXTRACT_WORKER,
    join(__dirname, 'extract-worker.cjs'),
    // Packaged app: a worker thread cannot start from inside the asar; electron-builder.json unpacks it.
    join(__dirname, '..', 'extract-worker.cjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    join(__dirname, '..', 'extract-worker.cjs'),
  ];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, (result: Extracted) => void>();
  private nextId = 0;
  private closed = false;

  private constructor(private readonly userThemes: readonly UserTheme[]) {}

  /** A started pool, or undefined when the worker file is not there (extract in this thread). */
  static start(userThemes: readonly UserTheme[], options: PoolOptions = {}): ExtractPool | undefined {
    const path = options.workerPath ?? extractWorkerPath();
    if (!path) return undefined;
    const pool = new ExtractPool(userThemes);
    for (let i = 0; i < (options.size ?? defaultPoolSize()); i++) pool.spawn(path);
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  run(job: ExtractJob): Promise<Extracted> {
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.pending.size < best.pending.size ? s : best), undefined);
    if (!slot) return extractJob(job, this.userThemes);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      slot.pending.set(id, job);
      slot.worker.postMessage({ id, job } satisfies WorkerJob);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(path: string): void {
    const worker = new Worker(path, { workerData: { userThemes: this.userThemes } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', ({ id, result }: { id: number; result: Extracted }) => {
      slot.pending.delete(id);
      this.settle(id, result);
    });
    const lost = () => this.lose(slot);
    worker.on('error', lost);
    worker.on('exit', lost);
    this.slots.push(slot);
  }

  /** A worker stopped: its unfinished jobs run in this thread (or on another worker). */
  private lose(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (this.closed) return;
    const orphans = [...slot.pending];
    slot.pending.clear();
    for (const [id, job] of orphans) void extractJob(job, this.userThemes).then((result) => this.settle(id, result));
  }

  private settle(id: number, result: Extracted): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(result);
  }
}
