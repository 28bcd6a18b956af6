import { domainApi, type DomainApi } from './api';
import type { Contract, ContractSpec } from './define';
import type { Result } from './result';

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
