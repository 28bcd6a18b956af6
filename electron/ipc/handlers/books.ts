import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { AppError } from '../../errors';
import { addBookItems, removeBookItems, reorderBookItems, resolveBookSummaryIds } from '../../books/book-items';
import { emptyBook } from '../../books/book-plan';
import { outlineOfPlan } from '../../books/plan-outline';
import { loadBookEntries } from '../../books/book-content';
import { buildLayoutPlan } from '../../books/layout-plan';
import { createBook, deleteBook, duplicateBook, getBook, listBooks, nextExportVersion, recordExport, updateBook } from '../../books/book-store';
import { findSummary } from '../../library/summaries';
import { getFrontMatter, getItemNotes, setFrontMatter, setItemNotes } from '../../books/briefing-store';
import { renderInWorker } from '../../export/render-in-worker';
import type { Progress } from '../../../common/primitives';
import { booksContract, type BookContentEntry, type ExportFormat } from '../contracts/books';
import type { HandlerContext } from '../registry';
import type { Handlers } from '../registry';

/** Exports in progress, by operation id, so `books:cancel` can stop them. */
const running = new Map<string, AbortController>();

function progressReporter(context: HandlerContext, operationId: string) {
  let last = '';
  return (p: Progress) => {
    const label = p.phase === 'layout' ? 'Laying out pages' : 'Writing pages';
    // One event per visible percent is plenty for a progress bar.
    const key = `${p.phase}:${p.total ? Math.floor((p.done / p.total) * 100) : p.done}`;
    if (key === last) return;
    last = key;
    context.emit('export:progress', { operationId, done: p.done, total: p.total, label });
  };
}

function safeFileName(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'Briefing book'}.${extension}`;
}

const MAGIC: Record<ExportFormat, string> = { pdf: '%PDF-', docx: 'PK' };

/**
 * A path the request names (automation and tests; the app's own dialog chooses otherwise): only
 * a file of the export's kind, and never over a file that is not one already, so a request
 * cannot overwrite a document, a script or a setting elsewhere on the disk.
 */
function writablePath(path: string, format: ExportFormat): string {
  const full = resolve(path);
  if (extname(full).toLowerCase() !== `.${format}`) throw new AppError('INVALID_REQUEST', `${basename(full)} is not a .${format} file name.`);
  if (existsSync(full)) {
    const head = Buffer.alloc(5);
    const fd = openSync(full, 'r');
    try {
      readSync(fd, head, 0, 5, 0);
    } finally {
      closeSync(fd);
    }
    if (!head.toString('latin1').startsWith(MAGIC[format])) throw new AppError('INVALID_REQUEST', `${basename(full)} exists and is not a ${format === 'pdf' ? 'PDF' : 'Word document'}; it was left alone.`);
  }
  return full;
}

export const booksHandlers: Handlers<typeof booksContract.methods> = {
  list: (_req, { library }) => listBooks(library.db),
  get: ({ id }, { library }) => getBook(library.db, id),
  create: (fields, { library }) => createBook(library.db, fields),
  update: ({ id, fields }, { library }) => updateBook(library.db, id, fields),
  delete: ({ id }, { library }) => {
    deleteBook(library.db, id);
    return { id };
  },
  duplicate: ({ id }, { library }) => duplicateBook(library.db, id),
  contents: ({ id }, { library }) => {
    const book = getBook(library.db, id);
    const chosen = new Set(book.itemIds);
    const out: BookContentEntry[] = [];
    for (const summaryId of resolveBookSummaryIds(library.db, book)) {
      const summary = findSummary(library.db, summaryId);
      if (summary) out.push({ id: summary.id, title: summary.title, meetingDate: summary.meetingDate, from: chosen.has(summary.id) ? 'item' : 'search' });
    }
    return out;
  },
  outline: ({ id }, { library }) => {
    const book = getBook(library.db, id);
    const entries = loadBookEntries(library.db, resolveBookSummaryIds(library.db, book));
    return entries.length === 0 ? [] : outlineOfPlan(buildLayoutPlan(book, entries));
  },
  addItems: ({ bookId, summaryIds }, { library }) => addBookItems(library.db, bookId, summaryIds),
  removeItems: ({ bookId, summaryIds }, { library }) => removeBookItems(library.db, bookId, summaryIds),
  reorderItems: ({ bookId, summaryIds }, { library }) => reorderBookItems(library.db, bookId, summaryIds),
  getNotes: ({ bookId, summaryId }, { library }) => getItemNotes(library.db, bookId, summaryId) ?? null,
  setNotes: ({ bookId, summaryId, notes }, { library }) => setItemNotes(library.db, bookId, summaryId, notes),
  getFrontMatter: ({ bookId }, { library }) => getFrontMatter(library.db, bookId) ?? null,
  setFrontMatter: ({ bookId, front }, { library }) => setFrontMatter(library.db, bookId, front) ?? null,
  preview: async ({ bookId }, { library, appVersion }) => {
    getBook(library.db, bookId);
    // The preview shows the version the next export will print.
    const version = nextExportVersion(library.db, bookId);
    const { data, pages } = await renderInWorker({ libraryPath: library.path, bookId, format: 'pdf', version, creator: `Briefing Book Builder ${appVersion}` });
    return { pdfBase64: Buffer.from(data!.buffer, data!.byteOffset, data!.byteLength).toString('base64'), pages: pages ?? 0 };
  },
  export: async ({ bookId, path, operationId, reproducible, format = 'pdf' }, context) => {
    const { library, dialogs, appVersion } = context;
    const book = getBook(library.db, bookId);
    if (resolveBookSummaryIds(library.db, book).length === 0) throw emptyBook(book.title);
    const kind = format === 'docx' ? 'Word document' : 'PDF';
    const target =
      (path && writablePath(path, format)) ??
      (await dialogs.save({ title: `Export briefing book as ${kind}`, suggestedName: safeFileName(book.title, format), extensions: [format] }));
    if (!target) return { status: 'cancelled' };
    const id = operationId ?? randomUUID();
    if (running.has(id)) throw new AppError('CONFLICT', `An export with operation id ${id} is already running.`);
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const version = book.exportVersion + 1;
      const job = { libraryPath: library.path, bookId, format, target, version, reproducible, creator: `Briefing Book Builder ${appVersion}` };
      const result = await renderInWorker(job, { signal: controller.signal, onProgress: progressReporter(context, id) });
      // Every export, PDF or Word, is a version of the book.
      recordExport(library.db, bookId, version);
      return { status: 'written', format, path: target, pages: result.pages, bytes: result.bytes };
    } catch (error) {
      if (error instanceof AppError && error.code === 'CANCELLED') return { status: 'cancelled' };
      throw error;
    } finally {
      running.delete(id);
    }
  },
  cancel: ({ operationId }) => {
    const controller = running.get(operationId);
    controller?.abort();
    return { cancelled: Boolean(controller) };
  },
};
