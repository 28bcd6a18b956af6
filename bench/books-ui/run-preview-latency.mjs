// Bundles preview-latency.ts (with `?raw` SQL imports, as scripts/build-node.mjs does) and runs it.
// Usage: node bench/books-ui/run-preview-latency.mjs
import { build } from 'esbuild';
import { rawText } from '../../scripts/build-node.mjs';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'books-ui-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'preview-latency.cjs');
await build({
  entryPoints: [join(root, 'bench', 'books-ui', 'preview-latency.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  packages: 'external',
  plugins: [rawText],
  logLevel: 'warning',
});
process.chdir(root);
await import(pathToFileURL(outfile).href);
