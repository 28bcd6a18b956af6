#!/usr/bin/env node
// The "79-article book": resources/samples plus tests/fixtures/articles imported into a
// fresh temporary library, exported through the CLI by forum, by actor and by forum,theme
// with a long marking and a long purpose, each checked by the shared layout checker.
// usage: node scripts/real-book.mjs [--out DIR] [--marking TEXT] [--no-check] [--json] [--draft]
// Needs the CLI bundle (node scripts/build-node.mjs). Prints one line per book.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const out = resolve(opt('--out', mkdtempSync(join(tmpdir(), 'real-book-'))));
const marking = opt('--marking', 'OFFICIAL-SENSITIVE – UK EYES ONLY – NOT FOR DISTRIBUTION BEYOND NAMED RECIPIENTS – HANDLING CAVEAT: PERSONAL');
const purpose = Array.from({ length: 40 }, (_, i) =>
  `Point ${i + 1}: this book prepares the Minister for the autumn round of regional meetings, summarising what each forum decided, who said what and where our interests lie.`,
).join(' ').slice(0, 5000);
const cli = join(root, 'bin', 'briefing.cjs');
const checker = '/work/shared/tools/pdf-layout-check.py';
const library = join(out, 'library.sqlite');

const run = (argv) => execFileSync(process.execPath, [cli, '--library', library, ...argv], { encoding: 'utf8' });
const articles = (dir) => readdirSync(dir).filter((f) => !f.endsWith('.json') && f !== 'README.md').map((f) => join(dir, f));
if (!existsSync(library)) run(['import', ...articles(join(root, 'resources', 'samples')), ...articles(join(root, 'tests', 'fixtures', 'articles'))]);

const results = [];
for (const groupBy of ['forum', 'actor', 'forum,theme']) {
  const file = join(out, `book-${groupBy.replace(',', '-')}.pdf`);
  const result = JSON.parse(
    run([
      '--json', 'export', '--out', file, '--group-by', groupBy, '--title', 'Regional meetings 2023-2025',
      '--classification', marking, '--purpose', purpose, '--reproducible', ...(args.includes('--draft') ? ['--draft'] : []),
    ]),
  );
  let check = '';
  if (!args.includes('--no-check') && existsSync(checker)) {
    const r = spawnSync('python3', [checker, file, '--marking', marking, ...(args.includes('--draft') ? ['--draft'] : [])], { encoding: 'utf8' });
    check = r.stdout.trim().split('\n').pop();
  }
  results.push({ groupBy, file, pages: result.pages, summaries: result.summaries, check });
  if (!args.includes('--json')) console.log(`${groupBy.padEnd(12)} ${String(result.pages).padStart(4)} pages, ${result.summaries} summaries  ${file}  ${check}`);
}
if (args.includes('--json')) console.log(JSON.stringify({ marking, purpose, library, results }));
