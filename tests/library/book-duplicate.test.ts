import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBookItems, reorderBookItems } from '../../electron/books/book-items';
import { createBook, duplicateBook, getBook, listBooks, recordExport, updateBook } from '../../electron/books/book-store';
import { MAX_TITLE_LENGTH } from '../../common/book-options';
import { addSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';

let library: Library;
let cleanup: () => void;
let ids: string[];

beforeEach(async () => {
  ({ library, cleanup } = await tempLibrary());
  ids = ['Lavrov met Wang Yi at the East Asia Summit.', 'The G20 discussed a wealth tax.', 'BRICS leaders met in Kazan.'].map(
    (body, i) => addSummary(library.db, { title: `Meeting ${i}`, body, meetingDate: `2024-0${i + 1}-01`, tags: [{ kind: 'forum', name: ['East Asia Summit', 'G20', 'BRICS'][i]! }] }).id,
  );
});
afterEach(() => cleanup());

/** A book with every kind of setting changed from its default, items in a manual order, and one export. */
function bookWithEverything() {
  const book = createBook(library.db, { title: 'EAS 2024', classification: 'SECRET', subtitle: 'Vientiane', preparedFor: 'The Minister', date: '2024-07' });
  updateBook(library.db, book.id, {
    groupBy: 'theme',
    groupBySecond: 'actor',
    groupOrder: 'manual',
    itemOrder: 'manual',
    manualGroupOrder: ['theme:b', 'theme:a'],
    purpose: 'Talking points',
    savedSearch: { text: 'wealth' },
    options: { paper: 'letter', keyPointsOnly: true, includeNotes: true, crossReferences: false },
  });
  addBookItems(library.db, book.id, ids);
  reorderBookItems(library.db, book.id, [ids[2]!, ids[0]!, ids[1]!]);
  recordExport(library.db, book.id, 3);
  return getBook(library.db, book.id);
}

describe('duplicating a book', () => {
  it('copies the settings, options, saved search and items in order; the original is unchanged', () => {
    const original = bookWithEverything();
    const copy = duplicateBook(library.db, original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('EAS 2024 (copy)');
    const { id: _a, title: _b, exportVersion: _c, createdAt: _d, updatedAt: _e, ...settings } = original;
    expect(copy).toMatchObject(settings);
    expect(copy.options).toEqual(original.options);
    expect(copy.itemIds).toEqual([ids[2], ids[0], ids[1]]);
    expect(copy.exportVersion).toBe(0);
    expect(getBook(library.db, original.id)).toEqual(original);
    expect(listBooks(library.db).map((b) => b.title).sort()).toEqual(['EAS 2024', 'EAS 2024 (copy)']);
  });

  it('keeps the copy\'s title within the limit, and refuses an unknown book without writing anything', () => {
    const long = createBook(library.db, { title: 'x'.repeat(MAX_TITLE_LENGTH) });
    const copy = duplicateBook(library.db, long.id);
    expect(copy.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
    expect(() => duplicateBook(library.db, '00000000-0000-4000-8000-000000000000')).toThrow(/No book has id/);
    expect(listBooks(library.db)).toHaveLength(2);
  });
});
