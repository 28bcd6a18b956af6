import type { z } from 'zod';

/**
 * One IPC method: the zod schema its request must satisfy and (as a phantom type) what it
 * returns. A contract is a domain's methods; channel names are `<domain>:<method>`.
 */
export interface MethodSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly result?: Res;
}

export function method<Res>() {
  return <Req extends z.ZodType>(request: Req): MethodSpec<Req, Res> => ({ request });
}

export type ContractSpec = Record<string, MethodSpec<z.ZodType, unknown>>;

export interface Contract<D extends string, M extends ContractSpec> {
  readonly domain: D;
  readonly methods: M;
}

export function defineContract<D extends string, M extends ContractSpec>(domain: D, methods: M): Contract<D, M> {
  return { domain, methods };
}

export function channelOf(domain: string, methodName: string): string {
  return `${domain}:${methodName}`;
}

export type RequestOf<S> = S extends MethodSpec<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<S> = S extends MethodSpec<infer Req, unknown> ? z.output<Req> : never;
export type ResultOf<S> = S extends MethodSpec<z.ZodType, infer Res> ? Res : never;
