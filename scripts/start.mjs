// `npm start`: builds the app, makes sure the Electron runtime and the Electron-ABI build
// of better-sqlite3 are present (fetching them on a connected machine), then launches the
// app. Anything missing that cannot be had ends with a short message and exit code 1.
//   --prepare-only  do everything but launch (used by `npm run dist` and tests)
//   --skip-build    reuse dist/ as it is
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StartError, buildElectronSqlite, electronExecutable, electronInfo, installElectronRuntime, nativeBindingPath } from './lib/electron-runtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const log = (line) => process.stderr.write(`${line}\n`);

function build() {
  log('Building the app...');
  const steps = [[join(root, 'scripts', 'build-node.mjs')]];
  if (existsSync(join(root, 'vite.config.ts'))) steps.push([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  for (const step of steps) {
    const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new StartError('The build failed (see the errors above). Fix them, then run "npm start" again.');
  }
}

function prepare() {
  if (!args.has('--skip-build')) build();
  const electron = electronInfo(root);
  let executable = electronExecutable(electron.dir);
  if (!executable) {
    // electron 45's installer declares Node >= 22.12 (README: Node versions by command).
    const [major, minor] = process.versions.node.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 12)) log(`Note: Electron's installer declares Node 22.12 or newer; this is Node ${process.versions.node}. If fetching the runtime fails, run "npm start" with Node 22 or 24.`);
    executable = installElectronRuntime(electron.dir, log);
  }
  const abi = electron.abi;
  if (!abi) throw new StartError(`Cannot tell which Node ABI Electron ${electron.version} uses (node_modules/electron/abi_version is missing). Reinstall with "npm install".`);
  const binding = nativeBindingPath(root, abi);
  if (!existsSync(binding)) buildElectronSqlite({ root, electronVersion: electron.version, abi, log });
  return { executable, binding };
}

try {
  const { executable } = prepare();
  if (args.has('--prepare-only')) {
    log('Ready: Electron runtime and SQLite for Electron are in place.');
    process.exit(0);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
} catch (error) {
  if (error instanceof StartError) {
    process.stderr.write(`npm start: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`npm start: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
