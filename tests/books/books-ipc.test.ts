import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Book } from '../../electron/books/book-types';
import type { BookExportResult } from '../../electron/ipc/contracts/books';
import type { HandlerContext } from '../../electron/ipc/context';
import type { Progress } from '../../electron/ipc/events';
import { createRegistry } from '../../electron/ipc/handlers/index';
import type { IpcRegistry } from '../../electron/ipc/registry';
import { addSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

let registry: IpcRegistry;
let context: HandlerContext;
let dir: string;
let cleanup: () => void;
let events: Array<{ event: string; payload: unknown }>;
let saveAnswer: string | undefined;
let onEvent: (event: string, payload: unknown) => void;

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await registry.invoke(channel, request, context);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  const lib = await tempLibrary();
  ({ dir, cleanup } = lib);
  registry = createRegistry();
  events = [];
  onEvent = () => {};
  saveAnswer = join(dir, 'chosen.pdf');
  context = {
    library: lib.library,
    dialogs: { save: async () => saveAnswer, open: async () => [], reveal: async () => {} },
    emit: (event, payload) => {
      events.push({ event, payload });
      onEvent(event, payload);
    },
    userName: 'Tester',
    appVersion: '0.1.0',
  };
  for (let i = 0; i < 24; i++) {
    addSummary(lib.library.db, {
      title: `Meeting ${i}`,
      meetingDate: `2024-05-${String(i + 1).padStart(2, '0')}`,
      body: Array.from({ length: 30 }, (_, k) => `Paragraph ${k} of meeting ${i} on maritime security and trade.`).join('\n\n'),
      tags: [{ kind: 'forum', name: i % 2 ? 'ASEAN Regional Forum' : 'East Asia Summit' }],
    });
  }
});
afterEach(() => cleanup());

async function bookWithEverything(): Promise<Book> {
  const book = await call<Book>('books:create', { title: 'IPC book', classification: 'SECRET', options: { paper: 'letter' } });
  return call<Book>('books:update', { id: book.id, fields: { savedSearch: { text: 'maritime' } } });
}

describe('books IPC', () => {
  it('validates requests and answers with typed errors', async () => {
    const bad = await registry.invoke('books:create', { title: '' }, context);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const missing = await registry.invoke('books:get', { id: 'nope' }, context);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists a book\'s contents from its saved search and renders a preview', async () => {
    const book = await bookWithEverything();
    const contents = await call<Array<{ from: string }>>('books:contents', { id: book.id });
    expect(contents).toHaveLength(24);
    expect(contents.every((c) => c.from === 'search')).toBe(true);
    const preview = await call<{ pdfBase64: string; pages: number }>('books:preview', { bookId: book.id });
    expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(preview.pages).toBeGreaterThan(24);
  });

  it('exports to the path the user chooses, with progress events; a cancelled dialog writes nothing', async () => {
    const book = await bookWithEverything();
    const written = await call<BookExportResult>('books:export', { bookId: book.id, operationId: 'op-1' });
    expect(written).toMatchObject({ status: 'written', path: saveAnswer });
    expect(readFileSync(saveAnswer!).subarray(0, 5).toString()).toBe('%PDF-');
    const progress = events.filter((e) => e.event === 'export:progress').map((e) => e.payload as Progress);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p) => p.operationId === 'op-1')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ label: 'Writing pages' });
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    // The export raised the book's version; a cancelled export below leaves it.
    expect(await call<Book>('books:get', { id: book.id })).toMatchObject({ exportVersion: 1 });

    saveAnswer = undefined;
    expect(await call<BookExportResult>('books:export', { bookId: book.id })).toEqual({ status: 'cancelled' });
  });

  it('exports a Word document through the same dialog and counter, offering a .docx name', async () => {
    const book = await bookWithEverything();
    const asked: Array<{ extensions: string[]; suggestedName?: string }> = [];
    saveAnswer = join(dir, 'chosen.docx');
    context.dialogs.save = async (o) => {
      asked.push(o as { extensions: string[]; suggestedName?: string });
      return saveAnswer;
    };
    const written = await call<BookExportResult>('books:export', { bookId: book.id, format: 'docx' });
    expect(written).toMatchObject({ status: 'written', format: 'docx', path: saveAnswer, pages: null });
    expect(asked[0]).toMatchObject({ extensions: ['docx'], suggestedName: 'IPC book.docx' });
    expect(readFileSync(saveAnswer).subarray(0, 2).toString()).toBe('PK');
    expect((await call<Book>('books:get', { id: book.id })).exportVersion).toBe(1);
    const refused = await registry.invoke('books:export', { bookId: book.id, format: 'rtf' }, context);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // A path named in the request never overwrites a file of another kind.
    const notes = join(dir, 'notes.pdf');
    writeFileSync(notes, 'my own notes');
    expect(await registry.invoke('books:export', { bookId: book.id, path: notes }, context)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/notes\.pdf exists and is not a PDF/) } });
    expect(readFileSync(notes, 'utf8')).toBe('my own notes');
    expect(await registry.invoke('books:export', { bookId: book.id, path: join(dir, 'run.sh') }, context)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/run\.sh is not a \.pdf file name/) } });
  });

  it('stops an export when asked and leaves no file behind', async () => {
    const book = await bookWithEverything();
    const target = join(dir, 'out', '..', 'cancelled.pdf');
    onEvent = (event, payload) => {
      if (event === 'export:progress' && (payload as Progress).label === 'Writing pages') {
        void registry.invoke('books:cancel', { operationId: 'op-2' }, context);
      }
    };
    const result = await call<BookExportResult>('books:export', { bookId: book.id, path: target, operationId: 'op-2' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(existsSync(target)).toBe(false);
    expect(await call<Book>('books:get', { id: book.id })).toMatchObject({ exportVersion: 0 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(await call('books:cancel', { operationId: 'op-2' })).toEqual({ cancelled: false });
  });
});
