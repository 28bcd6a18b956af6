// Bundles scripts/demo.ts with esbuild (as scripts/build-node.mjs bundles the CLI) and runs
// it with plain Node: the demo needs no Electron.
import { build } from 'esbuild';
import { rawText } from './build-node.mjs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'dist/demo.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/demo.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'pdfkit', 'fontkit', 'pdfjs-dist'],
  plugins: [rawText],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, BRIEFING_RESOURCES: resolve(root, 'resources') } });
process.exit(run.status ?? 1);
