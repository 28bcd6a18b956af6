import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

/** `?raw` imports as text, like scripts/build-node.mjs. */
const rawText = {
  name: 'raw-text',
  setup(b: import('esbuild').PluginBuild) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

let built: Promise<{ worker: string; writer: string; cli: string; dir: string }> | undefined;

/**
 * Builds the bundle worker, the library writer worker and the CLI from the current sources into
 * a temp folder (never a stale dist/), and points BRIEFING_BUNDLE_WORKER and
 * BRIEFING_WRITER_WORKER at the fresh workers: handlers then write in the worker, as in the app.
 */
export function buildShareEntryPoints(): Promise<{ worker: string; writer: string; cli: string; dir: string }> {
  built ??= (async () => {
    // Inside node_modules so the bundles' require('better-sqlite3') resolves; per process, so
    // parallel test files never overwrite each other's build.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'bbb-share-build-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const common = {
      absWorkingDir: root,
      bundle: true,
      platform: 'node' as const,
      format: 'cjs' as const,
      target: 'node20',
      external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfkit', 'fontkit', 'mammoth', 'linkedom', '@mozilla/readability'],
      plugins: [rawText],
      logLevel: 'warning' as const,
    };
    const worker = join(dir, 'bundle-worker.cjs');
    const writer = join(dir, 'write-worker.cjs');
    const cli = join(dir, 'cli.cjs');
    await Promise.all([
      build({ ...common, entryPoints: ['electron/writer/write-worker.ts'], outfile: writer }),
      build({ ...common, entryPoints: ['electron/share/read/bundle-worker.ts'], outfile: worker }),
      build({ ...common, entryPoints: ['electron/cli.ts'], outfile: cli }),
    ]);
    process.env.BRIEFING_BUNDLE_WORKER = worker;
    process.env.BRIEFING_WRITER_WORKER = writer;
    return { worker, writer, cli, dir };
  })();
  return built;
}
