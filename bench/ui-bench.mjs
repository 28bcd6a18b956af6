// `npm run bench:ui [-- --n 100000] [-- --library FILE] [-- --json]`: the renderer on a big library, in Chromium
// through the test bridge. Measures
//  - search: time from the last keystroke of a typed query to its results on screen
//    (the list's data-query equals the typed text and its first row is rendered), median
//    and p95 over a set of queries typed at ~12 keys/s; target: median <= 150 ms;
//  - scrolling: long tasks (PerformanceObserver 'longtask', > 50 ms) while the result list
//    is scrolled continuously and jumped around (as when dragging the scrollbar) across all
//    rows; target: none.
import { build } from 'esbuild';
import { rawText } from '../scripts/build-node.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const N = Number(arg('n', '100000'));
const asJson = args.includes('--json');
/** An existing library file to measure instead of the generated one. */
const LIBRARY = arg('library', undefined);
const log = (line) => process.stderr.write(`${line}\n`);

const QUERIES = ['minister', 'maritime security', 'Lavrov', 'climate finance', 'counterterrorism', 'Jakarta', 'summit declaration', 'trade', 'sanctions', 'ASEAN'];
const KEY_DELAY_MS = 80;


async function ensureLibrary() {
  const outfile = join(root, 'dist', 'bench', 'ui-ensure-library.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'bench', 'ui', 'ensure-library.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    plugins: [rawText],
    logLevel: 'warning',
  });
  const out = execFileSync(process.execPath, [outfile, String(N), root], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

function startBridge(libraryPath) {
  const child = spawn(process.execPath, [join(root, 'dist', 'bridge.cjs'), '--library', libraryPath, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.setEncoding('utf8').on('data', () => {});
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      out += text;
      const m = /^BRIDGE_URL=(\S+)$/m.exec(out);
      if (m) resolveUrl({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`bridge exited (${code})`)));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function measureTyping(page) {
  const search = page.getByRole('searchbox', { name: 'Search library' });
  const latencies = [];
  const searches = [];
  for (const query of QUERIES) {
    await search.fill('');
    await page.waitForFunction(() => document.querySelector('section[aria-label="Results"]')?.getAttribute('data-query') === '', null, {
      timeout: 180_000,
    });
    await search.focus();
    // The page stamps each keydown; a MutationObserver + rAF stamps when the list shows this query.
    await page.evaluate((q) => {
      const w = window;
      w.__bench = { lastKey: 0, shown: 0 };
      document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), { capture: true });
      // Shown: the results section answers this query with a rendered first row, or says nothing matched.
      const done = () => {
        const section = document.querySelector('section[aria-label="Results"]');
        if (section?.getAttribute('data-query') !== q) return false;
        return Boolean(section.querySelector('[role="option"]:not([aria-busy])') || section.querySelector('.empty-state'));
      };
      const observer = new MutationObserver(() => {
        if (w.__bench.shown || !done()) return;
        requestAnimationFrame(() => (w.__bench.shown = performance.now()));
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    }, query);
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => window.__bench.shown > 0, null, { timeout: 180_000 });
    const { lastKey, shown } = await page.evaluate(() => window.__bench);
    const count = await page.getByRole('status').filter({ hasText: /summar/ }).first().textContent();
    // The same search called directly: what the main process alone takes for this query.
    const searchMs = await page.evaluate(async (q) => {
      const t = performance.now();
      await window.briefing.library.search({ text: q, limit: 100, offset: 0 });
      return performance.now() - t;
    }, query);
    latencies.push(shown - lastKey);
    searches.push(searchMs);
    log(`  "${query}": ${(shown - lastKey).toFixed(0)} ms on screen; the search call alone ${searchMs.toFixed(0)} ms (${count})`);
  }
  return { latencies, searches };
}

async function measureScrolling(page) {
  await page.getByRole('searchbox', { name: 'Search library' }).fill('');
  await page.waitForFunction(() => document.querySelector('section[aria-label="Results"]')?.getAttribute('data-query') === '', null, {
    timeout: 180_000,
  });
  return page.evaluate(async () => {
    const list = document.querySelector('[role="listbox"][aria-label="Results"]');
    const longTasks = [];
    const observer = new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    const frames = [];
    let last = performance.now();
    const frame = () => new Promise((r) => requestAnimationFrame((t) => r(t)));
    // 4 s of continuous scrolling at ~3,000 px per second (a fast wheel or trackpad fling)...
    const started = performance.now();
    while (performance.now() - started < 4000) {
      const t = await frame();
      frames.push(t - last);
      last = t;
      list.scrollTop += 50;
    }
    // ...then 40 jumps to random places across all rows (dragging the scrollbar), 5 frames each.
    for (let i = 0; i < 40; i++) {
      list.scrollTop = Math.random() * (list.scrollHeight - list.clientHeight);
      for (let k = 0; k < 5; k++) {
        const t = await frame();
        frames.push(t - last);
        last = t;
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    const rows = list.querySelectorAll('[role="option"]').length;
    return { longTasks, frames, rows, scrollHeight: list.scrollHeight };
  });
}

async function main() {
  log(`ui-bench: library of ${N.toLocaleString('en')} summaries`);
  const lib = LIBRARY ? { path: resolve(LIBRARY), count: N, built: false } : await ensureLibrary();
  log(`  library ${lib.path} (${lib.count.toLocaleString('en')} summaries${lib.built ? `, built in ${lib.buildSec.toFixed(0)} s` : ', cached'})`);
  execFileSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const bridge = await startBridge(lib.path);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const loadStart = Date.now();
    await page.goto(bridge.url);
    await page.waitForFunction(() => document.querySelector('[role="listbox"][aria-label="Results"] [role="option"]:not([aria-busy])'), null, {
      timeout: 180_000,
    });
    const firstLoad = Date.now() - loadStart;
    log(`  first results on screen ${firstLoad} ms after navigation`);
    log('  typing:');
    const { latencies, searches } = await measureTyping(page);
    const overhead = latencies.map((l, i) => l - searches[i]);
    const scroll = await measureScrolling(page);
    const over50 = scroll.longTasks.filter((d) => d > 50);
    const result = {
      summaries: lib.count,
      firstLoadMs: firstLoad,
      typing: {
        queries: latencies.length,
        medianMs: Math.round(median(latencies)),
        p95Ms: Math.round(pct(latencies, 95)),
        maxMs: Math.round(Math.max(...latencies)),
        targetMedianMs: 150,
        // Main-process search time for the final query, and what the renderer adds on top
        // (debounce, waiting for an in-flight search, rendering).
        searchCallMedianMs: Math.round(median(searches)),
        rendererOverheadMedianMs: Math.round(median(overhead)),
      },
      scrolling: {
        frames: scroll.frames.length,
        medianFrameMs: Number(median(scroll.frames).toFixed(1)),
        p95FrameMs: Number(pct(scroll.frames, 95).toFixed(1)),
        longTasksOver50ms: over50.length,
        longestTaskMs: Math.round(Math.max(0, ...scroll.longTasks)),
        domRows: scroll.rows,
        scrollHeightPx: scroll.scrollHeight,
      },
      load: (await import('node:os')).loadavg().map((x) => Number(x.toFixed(1))),
    };
    if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      log(`typing → results: median ${result.typing.medianMs} ms, p95 ${result.typing.p95Ms} ms, max ${result.typing.maxMs} ms (target median ≤ 150 ms)`);
      log(`  of which the search call itself: median ${result.typing.searchCallMedianMs} ms; renderer overhead: median ${result.typing.rendererOverheadMedianMs} ms`);
      log(`scrolling: ${result.scrolling.frames} frames, median ${result.scrolling.medianFrameMs} ms, p95 ${result.scrolling.p95FrameMs} ms; long tasks > 50 ms: ${result.scrolling.longTasksOver50ms} (longest ${result.scrolling.longestTaskMs} ms); ${result.scrolling.domRows} rows in the DOM`);
      log(`machine load average: ${result.load.join(' ')}`);
    }
  } finally {
    await browser.close();
    bridge.stop();
  }
}

main().catch((error) => {
  log(`ui-bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
