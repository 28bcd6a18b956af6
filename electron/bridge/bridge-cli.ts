/**
 * `npm run bridge -- --library PATH [--port N] [--dialog-dir DIR]`: the test and
 * development bridge. Serves the built renderer and the app's IPC handlers on 127.0.0.1
 * behind a per-run token, then prints exactly one line, BRIDGE_URL=..., on stdout.
 * Diagnostics go to stderr. Never part of the packaged app.
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { AppError, errorMessage } from '../errors';
import { createRegistry } from '../ipc/handlers';
import { openLibrary } from '../library/open-library';
import { parseBridgeArgs } from './bridge-args';
import { startBridge } from './bridge-server';
import { folderDialogs } from './folder-dialogs';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const args = parseBridgeArgs(process.argv.slice(2));
  // dist/bridge.cjs sits beside dist/renderer and dist/bridge-client.js.
  const rendererDir = resolve(args.rendererDir ?? join(__dirname, 'renderer'));
  let clientScript: string;
  try {
    clientScript = readFileSync(join(__dirname, 'bridge-client.js'), 'utf8');
  } catch {
    throw new AppError('FILE_NOT_FOUND', `The bridge client ${join(__dirname, 'bridge-client.js')} is missing. Run: node scripts/build-node.mjs`);
  }
  const library = await openLibrary(resolve(args.library));
  const dialogs = folderDialogs(args.dialogDir ? resolve(args.dialogDir) : undefined, log);
  const bridge = await startBridge({
    registry: createRegistry((message, error) => log(`${message}: ${error instanceof Error ? error.stack : String(error)}`)),
    context: (emit) => ({ library, dialogs, emit, userName: userInfo().username, appVersion: version }),
    rendererDir,
    clientScript,
    port: args.port,
    log,
  });
  log(`bridge: library ${library.path}, renderer ${rendererDir}${args.dialogDir ? `, dialogs ${resolve(args.dialogDir)}` : ''}`);
  process.stdout.write(`BRIDGE_URL=${bridge.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void bridge.close().finally(() => {
      library.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) log(`bridge: ${error.message}`);
  else log(`bridge: internal error: ${error instanceof Error ? (error.stack ?? error.message) : errorMessage(error)}`);
  process.exit(error instanceof AppError ? 1 : 2);
});
