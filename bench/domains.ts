import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The app domains (ingest, books, pdf, share) are written in parallel with the benchmark,
 * so the benchmark never imports them statically: run-bench.mjs bundles each one that
 * exists and this module loads it at run time. A section whose domain or function is
 * missing reports "not available: <why>" instead of a number.
 */

export class NotAvailable extends Error {}

type ModuleMap = Record<string, Record<string, unknown>>;
interface DomainEntry {
  bundle?: string;
  files?: string[];
  error?: string;
}

const loaded = new Map<string, ModuleMap>();
const load = createRequire(`${process.cwd()}/`);

function entries(): Record<string, DomainEntry> {
  const path = process.env.BENCH_DOMAINS;
  if (!path || !existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, DomainEntry>;
}

/** Every module of a domain, by path inside the domain ("import-service", "text/clean"). */
export function domain(name: string): ModuleMap {
  const cached = loaded.get(name);
  if (cached) return cached;
  const entry = entries()[name];
  if (!entry) throw new NotAvailable(`electron/${name} was not bundled (run through npm run bench)`);
  if (entry.error || !entry.bundle) throw new NotAvailable(entry.error ?? `electron/${name} has no bundle`);
  let mods: ModuleMap;
  try {
    mods = load(entry.bundle) as ModuleMap;
  } catch (error) {
    throw new NotAvailable(`electron/${name} fails to load: ${(error as Error).message.split('\n')[0]}`);
  }
  loaded.set(name, mods);
  return mods;
}

/** Whether the domain exists and loads (without throwing). */
export function hasDomain(name: string): boolean {
  try {
    domain(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first exported function among `names`, searched in the listed modules first, then in
 * every module of the domain. Returns it with where it was found ("pdf/render-book#renderBookToFile").
 */
export function findFunction<F extends (...args: never[]) => unknown>(
  domainName: string,
  names: string[],
  preferModules: string[] = [],
): { fn: F; where: string } {
  const mods = domain(domainName);
  const order = [...preferModules.filter((m) => m in mods), ...Object.keys(mods).filter((m) => !preferModules.includes(m))];
  for (const name of names) {
    for (const mod of order) {
      const value = mods[mod]?.[name];
      if (typeof value === 'function') return { fn: value as F, where: `${domainName}/${mod}#${name}` };
    }
  }
  throw new NotAvailable(`electron/${domainName} exports none of ${names.join(', ')}`);
}

export function tryFunction<F extends (...args: never[]) => unknown>(
  domainName: string,
  names: string[],
  preferModules: string[] = [],
): { fn: F; where: string } | undefined {
  try {
    return findFunction<F>(domainName, names, preferModules);
  } catch {
    return undefined;
  }
}
