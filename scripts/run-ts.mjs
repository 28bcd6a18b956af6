// Runs a TypeScript entry point without a TS loader installed: bundles it with esbuild (as
// scripts/build-node.mjs does) into a temporary .cjs file under node_modules/.cache, then loads it. Arguments after
// the entry are passed through in process.argv. Usage: node scripts/run-ts.mjs FILE.ts [args]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(1);
}
// Inside the project so that external packages (linkedom, better-sqlite3...) resolve from node_modules.
const cacheDir = join(root, 'node_modules', '.cache', 'run-ts');
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'run-'));
const outfile = join(outDir, 'entry.cjs');
try {
  await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [sourceDirname()],
    external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfkit', 'fontkit', 'mammoth', 'linkedom', '@mozilla/readability'],
    logLevel: 'warning',
  });
} catch {
  process.exit(2);
}
process.argv.splice(1, 2, resolve(root, entry));
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

/**
 * In the bundle __dirname would be the temporary folder; project sources use it to find
 * fixtures and resources, so each .ts file gets its own real folder in its place.
 */
function sourceDirname() {
  return {
    name: 'source-dirname',
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = (await readFile(args.path, 'utf8'))
          .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
          .replace(/\b__filename\b/g, JSON.stringify(args.path));
        return { contents: source, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}
