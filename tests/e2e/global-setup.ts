import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Newest modification time under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/**
 * Builds what the bridge serves (dist/bridge.cjs, dist/bridge-client.js, dist/renderer)
 * when the sources are newer than the build, so `npx playwright test` never tests stale
 * code and `npm test` (which has just built) does not build twice.
 */
export default function globalSetup(): void {
  if (process.env.BRIEFING_SKIP_BUILD === '1') return;
  const node = process.execPath;
  if (newestMtime(join(root, 'electron')) > Math.min(mtime(join(root, 'dist', 'bridge.cjs')), mtime(join(root, 'dist', 'bridge-client.js')))) {
    execFileSync(node, [join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
  }
  const rendererIndex = join(root, 'dist', 'renderer', 'index.html');
  const rendererSources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'electron', 'ipc')));
  if (existsSync(join(root, 'vite.config.ts')) && rendererSources > mtime(rendererIndex)) {
    execFileSync(node, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
}
