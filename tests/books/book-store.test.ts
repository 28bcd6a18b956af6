import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBookItems, removeBookItems, reorderBookItems, resolveBookSummaryIds } from '../../electron/books/book-items';
import { planBook } from '../../electron/books/book-plan';
import { createBook, deleteBook, getBook, listBooks, updateBook } from '../../electron/books/book-store';
import { addSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';

let library: Library;
let cleanup: () => void;
let ids: string[];

beforeEach(async () => {
  ({ library, cleanup } = await tempLibrary());
  ids = ['Lavrov met Wang Yi at the East Asia Summit.', 'The G20 discussed a wealth tax.', 'BRICS leaders met in Kazan.'].map((body, i) => {
    const r = addSummary(library.db, { title: `Meeting ${i}`, body, meetingDate: `2024-0${i + 1}-01`, tags: [{ kind: 'forum', name: ['East Asia Summit', 'G20', 'BRICS'][i]! }] });
    return r.id;
  });
});
afterEach(() => cleanup());

describe('book store', () => {
  it('creates a book with defaults, updates fields and options, lists and deletes it', () => {
    const book = createBook(library.db, { title: '  EAS 2024  ', classification: 'CONFIDENTIAL' });
    expect(book).toMatchObject({ title: 'EAS 2024', classification: 'CONFIDENTIAL', groupBy: 'forum', itemOrder: 'date-asc', itemIds: [] });
    expect(book.options).toMatchObject({ paper: 'a4', crossReferences: true, keyPointsOnly: false });
    const updated = updateBook(library.db, book.id, { subtitle: 'Vientiane', groupBy: 'theme', groupBySecond: 'actor', options: { paper: 'letter' } });
    expect(updated).toMatchObject({ subtitle: 'Vientiane', groupBy: 'theme', groupBySecond: 'actor', classification: 'CONFIDENTIAL' });
    expect(updated.options).toMatchObject({ paper: 'letter', crossReferences: true });
    expect(listBooks(library.db)).toMatchObject([{ id: book.id, itemCount: 0, hasSavedSearch: false }]);
    deleteBook(library.db, book.id);
    expect(listBooks(library.db)).toEqual([]);
    expect(() => getBook(library.db, book.id)).toThrow(/No book has id/);
  });

  it('refuses bad settings with a message naming the field', () => {
    expect(() => createBook(library.db, { title: ' ' })).toThrow(/needs a title/);
    expect(() => createBook(library.db, { title: 'x', classification: '' })).toThrow(/classification/);
    expect(() => createBook(library.db, { title: 'x', date: '2024-13' })).toThrow(/no month/);
    expect(() => createBook(library.db, { title: 'x', groupBy: 'forum', groupBySecond: 'forum' })).toThrow(/second grouping level/);
  });

  it('adds, removes and reorders items; adding an unknown summary changes nothing', () => {
    const book = createBook(library.db, { title: 'B' });
    expect(addBookItems(library.db, book.id, [ids[0]!, ids[1]!, ids[0]!]).itemIds).toEqual([ids[0], ids[1]]);
    expect(() => addBookItems(library.db, book.id, [ids[2]!, 'missing'])).toThrow(/No summary has id missing/);
    expect(getBook(library.db, book.id).itemIds).toEqual([ids[0], ids[1]]);
    expect(reorderBookItems(library.db, book.id, [ids[1]!, ids[0]!]).itemIds).toEqual([ids[1], ids[0]]);
    expect(() => reorderBookItems(library.db, book.id, [ids[1]!])).toThrow(/every item/);
    expect(removeBookItems(library.db, book.id, [ids[1]!]).itemIds).toEqual([ids[0]]);
  });

  it('treats a saved search as a live source, after the chosen items, without repeats', () => {
    const book = createBook(library.db, { title: 'Live', savedSearch: { text: 'met' } });
    addBookItems(library.db, book.id, [ids[2]!]);
    expect(resolveBookSummaryIds(library.db, getBook(library.db, book.id))).toEqual([ids[2], ids[0]]);
    const later = addSummary(library.db, { title: 'Later', body: 'Ministers met again in Rio.' });
    expect(resolveBookSummaryIds(library.db, getBook(library.db, book.id))).toContain(later.id);
  });

  it('plans a stored book, and says so when it has nothing to print', () => {
    const book = createBook(library.db, { title: 'B' });
    expect(() => planBook(library.db, book.id)).toThrow(/has no summaries yet/);
    addBookItems(library.db, book.id, ids);
    expect(planBook(library.db, book.id).sections.map((s) => s.title)).toEqual(['BRICS', 'East Asia Summit', 'G20']);
  });
});
