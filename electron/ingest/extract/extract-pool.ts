import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UserTheme } from './types';
import { extractJob, type ExtractJob, type Extracted } from './extract-file';
import type { WorkerMessage } from './extract-worker';

/**
 * A few worker threads that read and extract import items (extract-worker.ts) while the
 * main thread resolves names and writes. A worker that dies (it should not: every error
 * of a file becomes a refusal inside it) hands its unfinished jobs back to this thread, so
 * a batch never loses a file to the pool; with no worker left, jobs run here.
 *
 * Batches share one pool (`leasePool`) that stays up for a while after the last one: a
 * fresh worker costs ~0.2 s to start and ~0.4 s more until its code is optimised, which
 * is a third of a 2,000-file import. Idle workers do not keep a CLI process alive.
 */
interface Slot {
  worker: Worker;
  pending: Map<number, { job: ExtractJob; userThemes: readonly UserTheme[] }>;
  /** Theme lists this worker has been sent, by id. */
  themes: Set<number>;
}

/** Idle shared workers stop after this long. */
const IDLE_MS = 60_000;

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
  private readonly themeIds = new WeakMap<readonly UserTheme[], number>();
  private nextId = 0;
  private nextThemes = 0;
  private closed = false;

  /** A started pool, or undefined when the worker file is not there (extract in this thread). */
  static start(options: PoolOptions = {}): ExtractPool | undefined {
    const path = options.workerPath ?? extractWorkerPath();
    if (!path) return undefined;
    const pool = new ExtractPool();
    for (let i = 0; i < (options.size ?? defaultPoolSize()); i++) pool.spawn(path);
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  run(job: ExtractJob, userThemes: readonly UserTheme[]): Promise<Extracted> {
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.pending.size < best.pending.size ? s : best), undefined);
    if (!slot) return extractJob(job, userThemes);
    const id = this.nextId++;
    let themes = this.themeIds.get(userThemes);
    if (themes === undefined) this.themeIds.set(userThemes, (themes = this.nextThemes++));
    // Each batch's theme list crosses once per worker, not with every job.
    if (!slot.themes.has(themes)) {
      slot.worker.postMessage({ themes: { id: themes, list: userThemes } } satisfies WorkerMessage);
      slot.themes.add(themes);
    }
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      slot.pending.set(id, { job, userThemes });
      slot.worker.postMessage({ job: { id, themes, job } } satisfies WorkerMessage);
    });
  }

  /** Whether the workers keep the process alive (while a batch waits for them) or not (idle). */
  hold(on: boolean): void {
    for (const s of this.slots) {
      if (on) s.worker.ref();
      else s.worker.unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(path: string): void {
    const worker = new Worker(path);
    const slot: Slot = { worker, pending: new Map(), themes: new Set() };
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
    for (const [id, { job, userThemes }] of orphans) void extractJob(job, userThemes).then((result) => this.settle(id, result));
  }

  private settle(id: number, result: Extracted): void {
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(result);
  }
}

export interface PoolLease {
  pool: ExtractPool;
  release(): Promise<void>;
}

let shared: { pool: ExtractPool; users: number; idle?: NodeJS.Timeout } | undefined;

/**
 * A pool for one batch: the shared one for default options (started on first use, stopped
 * after IDLE_MS without batches), a private one (closed on release) when options name a
 * worker file or size. Undefined when there is no worker file.
 */
export function leasePool(options?: PoolOptions): PoolLease | undefined {
  if (options && (options.workerPath !== undefined || options.size !== undefined)) {
    const pool = ExtractPool.start(options);
    return pool && { pool, release: () => pool.close() };
  }
  if (!shared || shared.pool.size === 0) {
    const pool = ExtractPool.start();
    if (!pool) return undefined;
    shared = { pool, users: 0 };
  }
  const lease = shared;
  clearTimeout(lease.idle);
  lease.users++;
  lease.pool.hold(true);
  return {
    pool: lease.pool,
    release: async () => {
      if (--lease.users > 0) return;
      lease.pool.hold(false);
      lease.idle = setTimeout(() => {
        if (shared === lease) shared = undefined;
        void lease.pool.close();
      }, IDLE_MS);
      lease.idle.unref();
    },
  };
}
