import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Where better-sqlite3's compiled addon lives for the current runtime.
 *
 * Node (tests, CLI) uses the build npm made in node_modules; Electron has another ABI and
 * uses its own build under native/electron-<abi>/ (made by `npm start`, or unpacked from
 * the asar in a packaged app). Keeping both apart lets `npm test` and `npm start` run in
 * one checkout in any order. Returns undefined to mean "better-sqlite3's default".
 */
export function resolveNativeBinding(options: {
  env?: NodeJS.ProcessEnv;
  versions?: NodeJS.ProcessVersions;
  appRoot: string;
  resourcesPath?: string;
}): string | undefined {
  const env = options.env ?? process.env;
  const versions = options.versions ?? process.versions;
  if (env.BRIEFING_SQLITE_BINDING) return env.BRIEFING_SQLITE_BINDING;
  if (!versions.electron) return undefined;
  const relative = join('native', `electron-${versions.modules}`, 'better_sqlite3.node');
  const candidates = [
    options.resourcesPath ? join(options.resourcesPath, 'app.asar.unpacked', relative) : undefined,
    join(options.appRoot, relative),
  ].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? candidates[candidates.length - 1];
}

/**
 * better-sqlite3 options for connections opened apart from the library's own (bundle files,
 * in-memory schema references, a writer worker's connection). Under Electron the addon is not
 * the one npm built for Node: the shell points BRIEFING_SQLITE_BINDING at the right one, and
 * worker threads inherit that environment.
 */
export function sqliteOptions(nativeBinding = process.env.BRIEFING_SQLITE_BINDING): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}

/**
 * Where a worker's own bundle (dist/<file>, built by scripts/build-node.mjs) is, seen from the
 * bundle asking: next to it (dist/cli.cjs, dist/bridge.cjs, a worker in dist/), one level up
 * (dist/electron/main.cjs), or unpacked from the asar in a packaged app (a worker thread cannot
 * start from inside it; Electron's fs also "finds" the packed copy, so the unpacked one goes
 * first). `override` (an environment variable) names a fresh build for tests; `fromSources`
 * also looks in dist/ when running from the TypeScript sources. Returns every place looked in,
 * and the first that exists.
 */
export function findWorkerBundle(file: string, override: string | undefined, options: { fromSources?: boolean } = {}): { found?: string; candidates: string[] } {
  const candidates = [
    override,
    join(__dirname, file),
    join(__dirname, '..', file).replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    join(__dirname, '..', file),
    options.fromSources ? join(__dirname, '..', '..', 'dist', file) : undefined,
  ].filter((p): p is string => Boolean(p));
  return { found: candidates.find((p) => existsSync(p)), candidates };
}
