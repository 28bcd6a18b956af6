import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../electron/library/open-library';
import { bookHtml } from '../book-html';
import { corpus, withNativeNames, type CorpusItem } from '../corpus';
import type { BenchContext } from '../main';
import { findFunction } from '../domains';
import { fillLibrary } from '../library-fill';
import { nowMs, round } from '../timing';
import { chromiumPrint, pdfPages } from './chromium-peer';
import type { Database } from 'better-sqlite3';

/**
 * `pdf`: a 1,000-summary book (quick: 300) grouped by forum, rendered by the app's pdfkit
 * renderer in a child process (so its peak RSS is its own), beside Chromium printing the
 * same book as HTML with the same fonts. Then the same book with one summary in ten
 * carrying a name in its own script (Arabic, Persian, Hebrew, Chinese, Japanese, Korean,
 * Hindi, Russian) and a sentence in that language: shaping, bidi and fallback fonts.
 */

/** One book's figures: the pdfkit renderer and Chromium on the same book. */
export interface PdfBookFigures {
  summaries: number;
  pages: number;
  pagesPerSec: number;
  peakRssMb: number;
  sec: number;
  /** The renderer's CPU time (its wall time on a busy machine includes waiting for a core). */
  cpuSec: number;
  chromiumPages: number;
  chromiumSec: number;
  chromiumPagesPerSec: number;
  renderer: string;
  /** Set when Chromium could not print the book (its figures are then 0). */
  chromiumError?: string;
}

export interface PdfFigures extends PdfBookFigures {
  /** The same book with 10% of summaries carrying non-Latin names. */
  nonLatin: PdfBookFigures;
}

const TITLE = 'Benchmark Briefing Book';

interface ChildReport {
  sec: number;
  cpuSec: number;
  peakRssMb: number;
  renderer: string;
}

function runChild(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, '--child', 'pdf', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`the renderer child exited with ${code}: ${last}`));
      try {
        resolve(JSON.parse(last) as ChildReport);
      } catch {
        reject(new Error(`the renderer child printed no result: ${last}`));
      }
    });
  });
}

/** Peak resident set of this process in MB (VmHWM on Linux, else resourceUsage). */
export function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** In the child: open the library, render the book to the file, report time and peak RSS. */
export async function pdfChild(args: string[]): Promise<void> {
  const [libPath, bookId, outPath] = args as [string, string, string];
  const lib = await openLibrary(libPath, { skipBackup: true });
  const renderer = bookRenderer();
  const start = nowMs();
  const cpu0 = process.cpuUsage();
  await renderer.render(lib.db, bookId, outPath);
  const cpu = process.cpuUsage(cpu0);
  const sec = (nowMs() - start) / 1000;
  lib.close();
  const report: ChildReport = { sec, cpuSec: (cpu.user + cpu.system) / 1e6, peakRssMb: peakRssMb(), renderer: renderer.label };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

export async function pdfSection(ctx: BenchContext): Promise<PdfFigures> {
  const n = ctx.quick ? 300 : 1000;
  const items = [...corpus(n, ctx.vocab, 555)];
  const latin = await bookFigures(ctx, 'pdf', items);
  const nonLatin = await bookFigures(ctx, 'pdf-scripts', withNativeNames(items, 10));
  return { ...latin, nonLatin };
}

/** Builds a library of `items`, renders its book in the child and has Chromium print it as HTML. */
async function bookFigures(ctx: BenchContext, name: string, items: CorpusItem[]): Promise<PdfBookFigures> {
  // Fail early, before building anything, when the renderer is not there yet.
  const renderer = bookRenderer();
  const createBook = findFunction<(db: unknown, input: Record<string, unknown>) => { id: string }>('books', ['createBook']).fn;
  const addBookItems = findFunction<(db: unknown, id: string, ids: string[]) => unknown>('books', ['addBookItems']).fn;
  const dir = join(ctx.tmp, name);
  mkdirSync(dir, { recursive: true });

  const libPath = join(dir, 'book-library.sqlite');
  const lib = await openLibrary(libPath);
  fillLibrary(lib.db, items);
  const book = createBook(lib.db, { title: TITLE, groupBy: 'forum', classification: 'UNCLASSIFIED', bookDate: '2026-11-29' });
  addBookItems(lib.db, book.id, items.map((it) => it.id));
  lib.close();

  const outPath = join(dir, 'book-pdfkit.pdf');
  const child = await runChild([libPath, book.id, outPath]);
  const pages = pdfPages(outPath);
  if (pages === 0) throw new Error(`the renderer (${renderer.label}) wrote an empty PDF`);

  const base = {
    summaries: items.length,
    pages,
    pagesPerSec: round(pages / child.sec, 1),
    peakRssMb: round(child.peakRssMb, 0),
    sec: round(child.sec, 2),
    cpuSec: round(child.cpuSec, 2),
    renderer: child.renderer,
  };
  let chrome: { pages: number; sec: number };
  try {
    chrome = await chromiumPrint(bookHtml(ctx.root, TITLE, items), TITLE, dir, ctx.quick ? 300 : 600);
  } catch (error) {
    // The peer failing is a result too: keep the renderer's own figures and say why.
    return { ...base, chromiumPages: 0, chromiumSec: 0, chromiumPagesPerSec: 0, chromiumError: (error as Error).message.split('\n')[0] };
  }
  return {
    ...base,
    chromiumPages: chrome.pages,
    chromiumSec: round(chrome.sec, 2),
    chromiumPagesPerSec: round(chrome.pages / chrome.sec, 1),
  };
}

/**
 * How the benchmark calls the books/PDF helpers, found at run time: planBook(db, bookId)
 * (electron/books) turns a stored book into a layout plan, renderBookToFile(plan, path,
 * options) (electron/pdf) writes it. Both are timed: that is what an export costs.
 */
export interface BookRenderer {
  label: string;
  render(db: Database, bookId: string, outPath: string): Promise<void>;
}

export function bookRenderer(): BookRenderer {
  const plan = findFunction<(db: Database, bookId: string) => unknown>('books', ['planBook'], ['book-plan']);
  const render = findFunction<(plan: unknown, path: string, options?: Record<string, unknown>) => Promise<unknown>>(
    'pdf',
    ['renderBookToFile'],
    ['render-book'],
  );
  return {
    label: `${plan.where} + ${render.where}`,
    render: async (db, bookId, outPath) => {
      await render.fn(plan.fn(db, bookId), outPath, { reproducible: true });
    },
  };
}
