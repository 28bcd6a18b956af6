// The renderer's DOM program (tsconfig.dom.json, `"types": []`) compiles the IPC contracts and
// everything they import, types included. One import of a service module there (a result type
// taken from a file that also imports better-sqlite3 or node:path) would pull @types/node back
// into the renderer's program. This walks the contracts' relative imports and checks that no
// file they reach imports a package other than zod.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CONTRACTS = join(ROOT, 'electron', 'ipc', 'contracts');
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/g;

/** The module a relative specifier names; undefined for a data file (JSON, SQL as ?raw text), which imports nothing. */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  if (existsSync(base) && statSync(base).isFile()) return undefined;
  const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

/** Every file the contracts reach, with the package imports each makes. */
function reachedPackages(): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue = readdirSync(CONTRACTS).filter((n) => n.endsWith('.ts')).map((n) => join(CONTRACTS, n));
  while (queue.length) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    const packages: string[] = [];
    reached.set(file, packages);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (!specifier!.startsWith('.')) packages.push(specifier!);
      else {
        const module = resolveModule(file, specifier!);
        if (module) queue.push(module);
      }
    }
  }
  return reached;
}

describe('the IPC contracts compile without Node types', () => {
  it('reach only modules that import zod and nothing else from outside the tree', () => {
    const reached = reachedPackages();
    expect(reached.size).toBeGreaterThan(10);
    const offending = [...reached].flatMap(([file, packages]) =>
      packages.filter((p) => p !== 'zod').map((p) => `${relative(ROOT, file)} imports ${p}`),
    );
    expect(offending).toEqual([]);
  });
});
