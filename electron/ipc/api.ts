import { booksContract } from './contracts/books';
import { ingestContract } from './contracts/ingest';
import { libraryContract } from './contracts/library';
import { samplesContract } from './contracts/samples';
import { shareContract } from './contracts/share';
import { systemContract } from './contracts/system';
import type { Contract, ContractSpec, RequestOf, ResultOf } from './define';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

/** Every IPC domain's contract. Add a domain here, its handlers in handlers/index.ts. */
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
