import { z } from 'zod';
import { AppError, errorMessage } from '../errors';
import type { Library } from '../library/open-library';
import { channelOf, type Contract, type ContractSpec, type ParsedRequestOf, type ResultOf } from './define';
import { fail, ok, type EventName, type EventPayload, type Result } from './contracts/api';

/** Native file dialogs. The Electron shell shows real ones; the test bridge uses a folder. */
export interface Dialogs {
  /** Returns the chosen path, or undefined when the user cancelled. */
  save(options: { title: string; suggestedName: string; extensions: string[] }): Promise<string | undefined>;
  /** Returns the chosen paths (empty when cancelled). */
  open(options: { title: string; extensions: string[]; multiple: boolean; directories?: boolean }): Promise<string[]>;
  /** Reveals a file in the OS file manager, or opens it with its default app. */
  reveal(path: string, action: 'open' | 'show'): Promise<void>;
}

/** What every handler receives besides its validated request. */
export interface HandlerContext {
  readonly library: Library;
  readonly dialogs: Dialogs;
  /** Sends a progress (or other) event to the renderer that made the call. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Name used in bundle manifests ("exported by"). */
  readonly userName: string;
  readonly appVersion: string;
}

export type Handlers<M extends ContractSpec> = {
  [K in keyof M]: (request: ParsedRequestOf<M[K]>, context: HandlerContext) => ResultOf<M[K]> | Promise<ResultOf<M[K]>>;
};

interface Entry {
  schema: z.ZodType;
  handler: (request: unknown, context: HandlerContext) => unknown;
}

/**
 * The one table of IPC handlers. Electron's ipcMain, the test bridge and unit tests all
 * call `invoke`, which validates the request against the contract's schema, runs the
 * handler and always answers with a Result envelope.
 */
export class IpcRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly log: (message: string, error: unknown) => void = () => {}) {}

  register<D extends string, M extends ContractSpec>(contract: Contract<D, M>, handlers: Handlers<M>): this {
    for (const name of Object.keys(contract.methods)) {
      const channel = channelOf(contract.domain, name);
      if (this.entries.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
      const handler = handlers[name as keyof M];
      if (typeof handler !== 'function') throw new Error(`No handler for IPC channel ${channel}`);
      this.entries.set(channel, { schema: contract.methods[name]!.request, handler: handler as Entry['handler'] });
    }
    return this;
  }

  has(channel: string): boolean {
    return this.entries.has(channel);
  }

  channels(): string[] {
    return [...this.entries.keys()].sort();
  }

  async invoke(channel: string, payload: unknown, context: HandlerContext): Promise<Result<unknown>> {
    const entry = this.entries.get(channel);
    if (!entry) return fail('INVALID_REQUEST', `Unknown request "${String(channel).slice(0, 80)}".`);
    const parsed = entry.schema.safeParse(payload);
    if (!parsed.success) return fail('INVALID_REQUEST', `Invalid request to ${channel}: ${describeIssues(parsed.error)}`);
    try {
      return ok(await entry.handler(parsed.data, context));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      this.log(`Handler ${channel} failed`, error);
      return fail('INTERNAL', `Something went wrong (${errorMessage(error)}). The details are in the log file.`);
    }
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}
