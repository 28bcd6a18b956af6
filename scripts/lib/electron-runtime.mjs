// Where the Electron runtime and the Electron-ABI build of better-sqlite3 live, and how to
// get them. Shared by `npm start` and `npm run dist`. Never touches
// node_modules/better-sqlite3/build (the Node build that tests and the CLI use).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A failure the person running the command can act on: printed as is, no stack. */
export class StartError extends Error {}

export function electronInfo(root) {
  const dir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(dir, 'package.json'))) {
    throw new StartError('The electron package is not installed (node_modules/electron is missing). Run "npm install" first.');
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const abiFile = join(dir, 'abi_version');
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : undefined;
  return { dir, version, abi };
}

/** The Electron executable, or undefined when the runtime has not been downloaded. */
export function electronExecutable(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

/** Runs electron's own installer (it downloads the runtime for this OS). */
export function installElectronRuntime(electronDir, log) {
  log('Electron runtime missing: running electron\'s installer (downloads about 100 MB)...');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const executable = electronExecutable(electronDir);
  if (result.status === 0 && executable) return executable;
  throw new StartError(
    [
      'The Electron runtime is not installed and could not be downloaded.',
      `  Why: electron's installer failed (${firstErrorLine(result)}); it needs internet access to github.com, or ELECTRON_MIRROR.`,
      '  What to do: connect to the internet (or set ELECTRON_MIRROR to a reachable mirror) and run "npm start" again.',
      '  The CLI ("npx briefing") and the tests ("npm test") work without it.',
    ].join('\n'),
  );
}

export function nativeBindingPath(root, abi) {
  return join(root, 'native', `electron-${abi}`, 'better_sqlite3.node');
}

/**
 * Builds better-sqlite3 for Electron's ABI into native/electron-<abi>/ from a scratch copy
 * of the package: first a prebuilt binary (prebuild-install), else a compile against
 * Electron's headers (node-gyp). Both need the network the first time.
 */
export function buildElectronSqlite({ root, electronVersion, abi, log }) {
  const target = nativeBindingPath(root, abi);
  const scratch = join(root, 'native', `.build-electron-${abi}`);
  const pkg = join(scratch, 'better-sqlite3');
  rmSync(scratch, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), pkg, {
    recursive: true,
    filter: (src) => basename(src) !== 'build' && basename(src) !== 'node_modules',
  });
  const attempts = [
    {
      what: 'download a prebuilt binary (prebuild-install)',
      args: [join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform],
    },
    {
      what: "compile it against Electron's headers (node-gyp; needs a C++ toolchain)",
      args: [join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers', `--devdir=${join(scratch, '.node-gyp')}`],
    },
  ];
  const failures = [];
  for (const attempt of attempts) {
    log(`SQLite for Electron ${electronVersion} (ABI ${abi}): trying to ${attempt.what}...`);
    const result = spawnSync(process.execPath, attempt.args, { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
    if (result.status === 0 && existsSync(built)) {
      mkdirSync(join(target, '..'), { recursive: true });
      copyFileSync(built, target);
      rmSync(scratch, { recursive: true, force: true });
      return target;
    }
    failures.push(`${attempt.what}: ${firstErrorLine(result)}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  throw new StartError(
    [
      `The SQLite module for Electron (${target}) is missing and could not be made.`,
      ...failures.map((f) => `  Tried to ${f}`),
      '  What to do: connect to the internet and run "npm start" again (or install a C++ toolchain and Python for node-gyp).',
    ].join('\n'),
  );
}

function firstErrorLine(result) {
  if (result.error) return result.error.message;
  const text = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const host = /getaddrinfo \w+ ([\w.-]+)/.exec(text)?.[1] ?? /GET https?:\/\/([\w.-]+)/.exec(text)?.[1];
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|network connectivity/.test(text)) {
    return `no network connection${host ? ` to ${host}` : ''}`;
  }
  const lines = text.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l) && !/ERR! stack/.test(l));
  const line = lines.find((l) => /error|fail/i.test(l)) ?? lines[0] ?? `exit code ${result.status}`;
  return line.trim().replace(/^(prebuild-install|gyp) (warn|WARN|ERR!)\s*/, '').slice(0, 200);
}
