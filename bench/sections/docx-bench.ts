import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openLibrary } from '../../electron/library/open-library';
import { corpus } from '../corpus';
import type { BenchContext } from '../main';
import { findFunction } from '../domains';
import { fillLibrary } from '../library-fill';
import { nowMs, round } from '../timing';
import { peakRssMb } from './pdf-bench';

/**
 * `docx`: a 300-summary book grouped by forum exported as a Word document and, beside it in
 * the same run, as a PDF, each in a child process of its own (so each peak RSS is its own).
 * The Word export should take less time than the PDF (it lays out no pages) and stay under
 * 500 MB.
 */
export interface DocxFigures {
  summaries: number;
  docxSec: number;
  docxCpuSec: number;
  docxPeakRssMb: number;
  docxBytes: number;
  pdfSec: number;
  pdfPeakRssMb: number;
}

interface ChildReport {
  sec: number;
  cpuSec: number;
  peakRssMb: number;
}

function runChild(format: string, args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, '--child', 'export', format, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`the ${format} child exited with ${code}: ${last}`));
      resolve(JSON.parse(last) as ChildReport);
    });
  });
}

/** In the child: plan the stored book and write it in one format, reporting time and peak RSS. */
export async function exportChild(args: string[]): Promise<void> {
  const [format, libPath, bookId, outPath] = args as [string, string, string, string];
  const planBook = findFunction<(db: Database, id: string) => unknown>('books', ['planBook'], ['book-plan']).fn;
  const write = format === 'docx'
    ? findFunction<(plan: unknown, path: string, o?: object) => Promise<unknown>>('docx', ['renderDocxToFile'], ['render-docx']).fn
    : findFunction<(plan: unknown, path: string, o?: object) => Promise<unknown>>('pdf', ['renderBookToFile'], ['render-book']).fn;
  const lib = await openLibrary(libPath, { skipBackup: true });
  const start = nowMs();
  const cpu0 = process.cpuUsage();
  await write(planBook(lib.db, bookId), outPath, { reproducible: true });
  const cpu = process.cpuUsage(cpu0);
  const report: ChildReport = { sec: (nowMs() - start) / 1000, cpuSec: (cpu.user + cpu.system) / 1e6, peakRssMb: peakRssMb() };
  lib.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

export async function docxSection(ctx: BenchContext): Promise<DocxFigures> {
  const createBook = findFunction<(db: unknown, input: Record<string, unknown>) => { id: string }>('books', ['createBook']).fn;
  const addBookItems = findFunction<(db: unknown, id: string, ids: string[]) => unknown>('books', ['addBookItems']).fn;
  findFunction('docx', ['renderDocxToFile'], ['render-docx']); // not available: say so before building
  const n = 300;
  const items = [...corpus(n, ctx.vocab, 777)];
  const dir = join(ctx.tmp, 'docx');
  mkdirSync(dir, { recursive: true });
  const libPath = join(dir, 'book-library.sqlite');
  const lib = await openLibrary(libPath);
  fillLibrary(lib.db, items);
  const book = createBook(lib.db, { title: 'Benchmark Word book', groupBy: 'forum', classification: 'UNCLASSIFIED', bookDate: '2026-11-29' });
  addBookItems(lib.db, book.id, items.map((it) => it.id));
  lib.close();
  const docxPath = join(dir, 'book.docx');
  const docx = await runChild('docx', [libPath, book.id, docxPath]);
  const pdf = await runChild('pdf', [libPath, book.id, join(dir, 'book.pdf')]);
  return {
    summaries: n,
    docxSec: round(docx.sec, 2),
    docxCpuSec: round(docx.cpuSec, 2),
    docxPeakRssMb: round(docx.peakRssMb, 0),
    docxBytes: statSync(docxPath).size,
    pdfSec: round(pdf.sec, 2),
    pdfPeakRssMb: round(pdf.peakRssMb, 0),
  };
}
