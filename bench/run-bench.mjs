// `npm run bench [-- --quick] [-- --json] [-- --only import,search]`: bundles the benchmark
// (bench/main.ts) with esbuild, plus one bundle per app domain that exists right now
// (ingest, books, pdf, share), then runs it. Domains are bundled apart so that one which is
// missing or does not compile is reported as "not available" without stopping the others.
import { build } from 'esbuild';
import { rawText } from '../scripts/build-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The app's own Node bundles first: the share domain reads bundles in dist/bundle-worker.cjs.
await import(pathToFileURL(join(root, 'scripts', 'build-node.mjs')).href);
const outDir = join(root, 'dist', 'bench');
mkdirSync(outDir, { recursive: true });


const external = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfkit', 'fontkit', 'mammoth', 'linkedom', '@mozilla/readability', 'playwright-core'];
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external,
  plugins: [rawText],
  logLevel: 'silent',
  legalComments: 'none',
};

function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

// Each domain becomes `{ "<file path inside the domain, no .ts>": moduleNamespace }`.
const domains = {};
for (const domain of ['ingest', 'books', 'pdf', 'docx', 'share']) {
  const dir = join(root, 'electron', domain);
  if (!existsSync(dir)) {
    domains[domain] = { error: `electron/${domain}/ does not exist yet` };
    continue;
  }
  // Worker entry points run on load (they read workerData), so they are not bundled here.
  const files = tsFiles(dir).filter((f) => !/-worker\.ts$/.test(f)).sort();
  const lines = files.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`);
  lines.push(`module.exports = {${files.map((f, i) => `${JSON.stringify(relative(dir, f).replace(/\.ts$/, ''))}: m${i}`).join(', ')}};`);
  const entry = join(outDir, `domain-${domain}.entry.ts`);
  writeFileSync(entry, lines.join('\n'));
  const outfile = join(outDir, `domain-${domain}.cjs`);
  try {
    await build({ ...common, entryPoints: [entry], outfile });
    domains[domain] = { bundle: outfile, files: files.map((f) => relative(root, f)) };
  } catch (error) {
    const first = error?.errors?.[0];
    const why = first ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}` : String(error);
    domains[domain] = { error: `electron/${domain} does not build: ${why}` };
  }
}
writeFileSync(join(outDir, 'domains.json'), JSON.stringify(domains, null, 2));

await build({ ...common, entryPoints: [join(root, 'bench', 'main.ts')], outfile: join(outDir, 'bench.cjs'), logLevel: 'warning' });

const result = spawnSync(process.execPath, [join(outDir, 'bench.cjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_ROOT: root, BENCH_DOMAINS: join(outDir, 'domains.json') },
});
process.exit(result.status ?? 1);
