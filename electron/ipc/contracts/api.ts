/**
 * The renderer's side of IPC in one file: `window.briefing` (BriefingApi), what every call
 * returns (Result), the events the main process pushes (EventMap, with the one Progress type),
 * and the builder the preload and the test bridge's client both use. The renderer imports these
 * as types only; the preload and the bridge client also use the values.
 */
import type { Progress } from '../../../common/primitives';
import type { ErrorCode } from '../../errors';
import type { Contract, ContractSpec, RequestOf, ResultOf } from '../define';
import { booksContract } from './books';
import { ingestContract } from './ingest';
import { libraryContract } from './library';
import { samplesContract } from './samples';
import { shareContract } from './share';
import { systemContract } from './system';

export type { Progress };

/** What crosses every IPC boundary: a value, or a typed error. Never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Application-menu items the renderer carries out (File menu); see electron/shell/menu-template.ts. */
export type MenuCommand = 'new-book' | 'import-files' | 'import-bundle' | 'export';
export const MENU_COMMANDS: readonly MenuCommand[] = ['new-book', 'import-files', 'import-bundle', 'export'];

/** Events the main process pushes to the renderer, with their payloads. */
export interface EventMap {
  'import:progress': Progress;
  'export:progress': Progress;
  'bundle:progress': Progress;
  'library:changed': { reason: string };
  /** The user chose a menu item that the renderer handles. */
  'menu:command': { command: MenuCommand };
}

export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];
export const EVENT_NAMES: readonly EventName[] = ['import:progress', 'export:progress', 'bundle:progress', 'library:changed', 'menu:command'];

/** Every IPC domain's contract. Add a domain here, its handlers in ../handlers/index.ts. */
export const CONTRACTS = [libraryContract, booksContract, shareContract, systemContract, ingestContract, samplesContract] as const;

export type DomainApi<M extends ContractSpec> = {
  [K in keyof M]: (request: RequestOf<M[K]>) => Promise<Result<ResultOf<M[K]>>>;
};

/** The one object the renderer sees as `window.briefing`. */
export interface BriefingApi {
  library: DomainApi<typeof libraryContract.methods>;
  books: DomainApi<typeof booksContract.methods>;
  share: DomainApi<typeof shareContract.methods>;
  system: DomainApi<typeof systemContract.methods>;
  ingest: DomainApi<typeof ingestContract.methods>;
  samples: DomainApi<typeof samplesContract.methods>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Builds one domain's methods over a transport (Electron IPC or the bridge's fetch). */
export function domainApi<D extends string, M extends ContractSpec>(
  contract: Contract<D, M>,
  invoke: (channel: string, request: unknown) => Promise<Result<unknown>>,
): DomainApi<M> {
  const api: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const name of Object.keys(contract.methods)) {
    const channel = `${contract.domain}:${name}`;
    api[name] = (request) => invoke(channel, request);
  }
  return api as DomainApi<M>;
}

type AnyContract = Contract<string, ContractSpec>;

/** `{ library: DomainApi<...>, books: DomainApi<...>, ... }` for a list of contracts. */
export type ContractsApi<Cs extends readonly AnyContract[]> = {
  [C in Cs[number] as C['domain']]: DomainApi<C['methods']>;
};

/**
 * Every domain's methods over one transport. The preload (Electron IPC) and the test
 * bridge's client (fetch) both build `window.briefing` with this, then check the whole
 * object with `satisfies BriefingApi`, so a domain missing from either side fails tsc.
 */
export function contractsApi<Cs extends readonly AnyContract[]>(
  contracts: Cs,
  invoke: (channel: string, request: unknown) => Promise<Result<unknown>>,
): ContractsApi<Cs> {
  const api: Record<string, unknown> = {};
  for (const contract of contracts) api[contract.domain] = domainApi(contract, invoke);
  return api as ContractsApi<Cs>;
}

/** The channel on which the main process sends event E to the renderer (Electron only). */
export function eventChannel(event: string): string {
  return `briefing-event:${event}`;
}
