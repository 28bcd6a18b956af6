// Bundles the Node-side entry points (CLI now; the Electron main/preload and the test
// bridge when present) into dist/ with esbuild. better-sqlite3 and other native or
// runtime-resolved packages stay external. Runs on `npm install` (prepare) and before tests.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `import sql from './x.sql?raw'` -> the file's text, as Vite does in tests. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const entries = [
  { in: 'electron/cli.ts', out: 'dist/cli.cjs' },
  { in: 'electron/main.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/bridge/bridge-cli.ts', out: 'dist/bridge.cjs' },
  { in: 'electron/share/bundle-worker.ts', out: 'dist/bundle-worker.cjs' },
  { in: 'electron/ingest/extract/extract-worker.ts', out: 'dist/extract-worker.cjs' },
  { in: 'electron/export/export-worker.ts', out: 'dist/export-worker.cjs' },
].filter((e) => existsSync(resolve(root, e.in)));

// The test bridge's browser client (installs window.briefing over fetch). Built apart from
// the renderer bundle so it can never ship in the app.
const browserEntries = [{ in: 'electron/bridge/client/bridge-client.ts', out: 'dist/bridge-client.js' }].filter((e) =>
  existsSync(resolve(root, e.in)),
);

await Promise.all([
  ...browserEntries.map((e) =>
    build({
      absWorkingDir: root,
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      logLevel: 'warning',
      legalComments: 'none',
    }),
  ),
  ...entries.map((e) =>
    build({
      absWorkingDir: root,
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'linked',
      external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfkit', 'fontkit', 'mammoth', 'linkedom', '@mozilla/readability'],
      plugins: [rawText],
      logLevel: 'warning',
      legalComments: 'none',
    }),
  ),
]);
