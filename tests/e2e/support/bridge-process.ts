import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const BRIDGE_BIN = join(REPO_ROOT, 'dist', 'bridge.cjs');

export interface BridgeProcess {
  /** http://127.0.0.1:PORT/?token=... as printed by the bridge. */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly token: string;
  readonly pid: number;
  /** Everything the bridge wrote (stdout and stderr), for the test's attachments. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Spawns `node dist/bridge.cjs ...` and resolves once it prints its BRIDGE_URL line.
 * Fails with the bridge's own output when it exits or stays silent for `timeoutMs`.
 */
export async function startBridgeProcess(args: string[], timeoutMs = 30_000): Promise<BridgeProcess> {
  if (!existsSync(BRIDGE_BIN)) {
    throw new Error(`${BRIDGE_BIN} is missing: run "node scripts/build-node.mjs" (npm test does it).`);
  }
  const child = spawn(process.execPath, [BRIDGE_BIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail(`printed no BRIDGE_URL within ${timeoutMs} ms`), timeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The bridge ${why}.\n--- bridge output ---\n${output}${stdout}`));
    }
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      output += text;
      const match = /^BRIDGE_URL=(\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal})`));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    pid: child.pid!,
    log: () => output,
    stop: () => stopChild(child),
  };
}

/** SIGTERM (the bridge closes the library cleanly), then SIGKILL if it lingers. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
