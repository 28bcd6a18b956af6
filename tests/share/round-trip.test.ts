import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/library/open-library';
import { search } from '../../electron/library/search';
import { exportBundle, importBundle, inspectBundle, listImports, undoImport } from '../../electron/share/bundles';
import { tempDir } from '../helpers/temp-library';
import { buildShareEntryPoints } from './helpers/build-worker';
import { addBook, CONTENT_TABLES, dumpLibrary, portableDump, seedLibrary } from './helpers/library-fixtures';

const exportOptions = { exportedBy: 'Tester', appVersion: '0.1.0-test' };

describe('bundle round trip', () => {
  const tmp = tempDir('bbb-share-rt-');
  let source: Library;
  let target: Library;
  let bundlePath: string;
  let ids: string[];

  beforeAll(async () => {
    await buildShareEntryPoints();
    source = await openLibrary(join(tmp.dir, 'source.sqlite'));
    target = await openLibrary(join(tmp.dir, 'target.sqlite'));
    ids = seedLibrary(source.db, 40);
    addBook(source.db, 'book-1', 'ASEAN week', ids.slice(0, 5));
    bundlePath = join(tmp.dir, 'library.bblib');
    exportBundle(source.db, { ...exportOptions, scope: { kind: 'library' }, outPath: bundlePath });
  });
  afterAll(() => {
    source.close();
    target.close();
    tmp.cleanup();
  });

  it('inspects the bundle: manifest, coverage, and everything new for an empty library', async () => {
    const before = dumpLibrary(target.db);
    const inspection = await inspectBundle(target.db, bundlePath);
    expect(inspection.manifest.exportedBy).toBe('Tester');
    expect(inspection.counts.summaries).toBe(40);
    expect(inspection.coverage.forums.map((f) => f.name).sort()).toEqual(['ASEAN Regional Forum', 'East Asia Summit', 'G20', 'UN Security Council']);
    const range = source.db.prepare('SELECT min(date_start) AS "from", max(date_end) AS "to" FROM summaries').get();
    expect(inspection.coverage.dateRange).toEqual(range);
    expect(inspection.coverage.themes.length).toBe(5);
    expect(inspection.preview.summaries).toMatchObject({ added: 40, identical: 0, changed: 0 });
    expect(inspection.preview.importId).toBeNull();
    expect(dumpLibrary(target.db)).toBe(before);
  });

  it('imports into an empty library: identical summaries, entities, aliases, tags and book', async () => {
    const result = await importBundle(target.db, bundlePath);
    expect(result.summaries.added).toBe(40);
    expect(result.books.added).toBe(1);
    expect(portableDump(target.db)).toEqual(portableDump(source.db));
    const origin = target.db.prepare('SELECT DISTINCT origin_import_id FROM summaries').pluck().all();
    expect(origin).toEqual([result.importId]);
    // The receiving library's own triggers indexed the imported text.
    expect(search(target.db, { text: 'Québec' }).total).toBe(40);
    expect(target.db.prepare("INSERT INTO summaries_fts (summaries_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('imports again: nothing added, no import recorded', async () => {
    const before = dumpLibrary(target.db);
    const again = await importBundle(target.db, bundlePath);
    expect(again.importId).toBeNull();
    expect(again.summaries).toMatchObject({ added: 0, identical: 40, changed: 0 });
    expect(again.tags).toEqual({ added: 0, updated: 0 });
    expect(again.entities.added).toBe(0);
    expect(dumpLibrary(target.db)).toBe(before);
  });

  it('undo returns the library to exactly what it was before the import', async () => {
    const { dir, cleanup } = tempDir('bbb-share-undo-');
    const lib = await openLibrary(join(dir, 'lib.sqlite'));
    try {
      seedLibrary(lib.db, 6, { prefix: 'local' });
      const before = dumpLibrary(lib.db, { tables: CONTENT_TABLES });
      const result = await importBundle(lib.db, bundlePath);
      expect(result.summaries.added).toBe(40);
      expect(result.entities.merged).toBeGreaterThanOrEqual(0);
      expect(dumpLibrary(lib.db, { tables: CONTENT_TABLES })).not.toBe(before);
      const undo = undoImport(lib.db, result.importId!);
      expect(undo.summariesRemoved).toBe(40);
      expect(dumpLibrary(lib.db, { tables: CONTENT_TABLES })).toBe(before);
      expect(search(lib.db, { text: 'Québec' }).total).toBe(6);
      const history = listImports(lib.db);
      expect(history[0]).toMatchObject({ id: result.importId, kind: 'bundle', exportedBy: 'Tester' });
      expect(history[0]!.undoneAt).not.toBeNull();
      expect(() => undoImport(lib.db, result.importId!)).toThrow(/already undone/);
    } finally {
      lib.close();
      cleanup();
    }
  });

  it('undo says how many items it takes out of books that stay', async () => {
    const { dir, cleanup } = tempDir('bbb-share-undo-books-');
    const lib = await openLibrary(join(dir, 'lib.sqlite'));
    try {
      const local = seedLibrary(lib.db, 2, { prefix: 'local' });
      const result = await importBundle(lib.db, bundlePath);
      const imported = lib.db.prepare('SELECT id FROM summaries WHERE id NOT IN (?, ?) ORDER BY id').pluck().all(...local) as string[];
      // A book of my own made after the import: 7 imported summaries and 1 local one.
      addBook(lib.db, 'mine', 'My week', [...imported.slice(0, 7), local[0]!]);
      const undo = undoImport(lib.db, result.importId!);
      expect(undo).toMatchObject({ summariesRemoved: 40, bookItemsRemoved: 7, booksShrunk: 1, booksRemoved: 1 });
      expect(lib.db.prepare("SELECT count(*) FROM book_items WHERE book_id = 'mine'").pluck().get()).toBe(1);
    } finally {
      lib.close();
      cleanup();
    }
  });

  it('exports a filtered part and one book with only their rows', async () => {
    const filtered = join(tmp.dir, 'arf.bblib');
    const f = exportBundle(source.db, { ...exportOptions, scope: { kind: 'filter', query: { forum: ['ARF'], from: '2021' } }, outPath: filtered });
    const expected = search(source.db, { forum: ['ASEAN Regional Forum'], from: '2021', limit: 500 }).total;
    expect(f.manifest.counts.summaries).toBe(expected);
    expect(f.manifest.counts.books).toBe(0);
    const book = join(tmp.dir, 'book.bblib');
    const b = exportBundle(source.db, { ...exportOptions, scope: { kind: 'book', bookId: 'book-1' }, outPath: book });
    expect(b.manifest.counts).toMatchObject({ summaries: 5, books: 1, bookItems: 5 });
    const inspection = await inspectBundle(source.db, book);
    expect(inspection.preview.summaries).toMatchObject({ identical: 5, added: 0 });
    expect(inspection.preview.books).toMatchObject({ existing: 1, added: 0 });
  });
});
