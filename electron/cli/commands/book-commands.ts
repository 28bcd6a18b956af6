import { AppError } from '../../errors';
import { addBookItems, removeBookItems, resolveBookSummaryIds } from '../../books/book-items';
import { createBook, deleteBook, duplicateBook, getBook, listBooks } from '../../books/book-store';
import { getBookNotes, getFrontMatter } from '../../books/briefing-store';
import { findSummary } from '../../library/summaries';
import { printJson, type Command } from '../command';
import { BOOK_LOOK_OPTIONS, QUERY_OPTIONS, lookFromOptions, queryFromOptions } from './book-options';

export const bookCreateCommand: Command = {
  name: 'book create',
  usage:
    'book create TITLE [--subtitle S] [--prepared-for X] [--prepared-by Y] [--date YYYY-MM-DD] [--classification C] ' +
    '[--purpose TEXT] [--group-by forum|theme|actor|none[,second]] [--group-order alpha|count|manual] ' +
    '[--item-order date-asc|date-desc|manual] [--key-points-only] [--notes] [--no-sources] [--no-cross-references] ' +
    '[--no-index] [--paper a4|letter] [--sections-on-new-page] [--actor-groups person,country,organization] [--draft] ' +
    '[--copy-number N] [--handling-caveat TEXT] [--pdf-a] [--search TEXT] [--forum X] [--theme Y] [--actor Z] [--from DATE] [--to DATE]',
  summary: 'Create a briefing book (search options make a saved search: a live source of summaries)',
  options: { ...BOOK_LOOK_OPTIONS, ...QUERY_OPTIONS, search: { type: 'string' } },
  async run({ positionals, options, json, io, library }) {
    const title = positionals.join(' ').trim() || (options.title as string | undefined);
    if (!title) throw new AppError('INVALID_REQUEST', 'book create needs a TITLE, for example: briefing book create "EAS ministerial 2024"');
    const savedSearch = queryFromOptions(options.search ? [String(options.search)] : [], options) ?? null;
    const book = createBook((await library()).db, { ...lookFromOptions(options), title, savedSearch });
    if (json) return printJson(io, book);
    io.out(`Created book ${book.id}: ${book.title}`);
  },
};

export const bookListCommand: Command = {
  name: 'book list',
  usage: 'book list',
  summary: 'List the briefing books',
  async run({ json, io, library }) {
    const books = listBooks((await library()).db);
    if (json) return printJson(io, books);
    if (books.length === 0) return io.out('No books yet. Create one with: briefing book create TITLE');
    for (const b of books) {
      const source = b.hasSavedSearch ? ' + saved search' : '';
      io.out(`${b.id}  ${b.title}  (${b.itemCount} item${b.itemCount === 1 ? '' : 's'}${source}, ${b.classification})`);
    }
  },
};

export const bookShowCommand: Command = {
  name: 'book show',
  usage: 'book show BOOK_ID',
  summary: 'Show a book\'s settings and the summaries it prints',
  async run({ positionals, json, io, library }) {
    const [id] = positionals;
    if (!id) throw new AppError('INVALID_REQUEST', 'book show takes a BOOK_ID (see briefing book list).');
    const db = (await library()).db;
    const book = getBook(db, id);
    const summaries = resolveBookSummaryIds(db, book).flatMap((sid) => {
      const summary = findSummary(db, sid);
      return summary ? [{ id: summary.id, title: summary.title, meetingDate: summary.meetingDate, from: book.itemIds.includes(sid) ? 'item' : 'search' }] : [];
    });
    const notes = getBookNotes(db, book.id);
    const frontMatter = getFrontMatter(db, book.id) ?? null;
    if (json) return printJson(io, { ...book, summaries: summaries.map((s) => ({ ...s, notes: notes.get(s.id) ?? null })), frontMatter });
    const grouping = book.groupBySecond ? `${book.groupBy}, then ${book.groupBySecond}` : book.groupBy;
    io.out(`${book.title}${book.subtitle ? ` — ${book.subtitle}` : ''}`);
    io.out(`Classification: ${book.classification}`);
    if (book.preparedFor) io.out(`Prepared for: ${book.preparedFor}`);
    if (book.preparedBy) io.out(`Prepared by: ${book.preparedBy}`);
    if (book.date) io.out(`Date: ${book.date}`);
    io.out(`Grouped by ${grouping} (${book.groupOrder}); items ${book.itemOrder}; paper ${book.options.paper.toUpperCase()}`);
    if (book.savedSearch) io.out(`Saved search: ${JSON.stringify(book.savedSearch)}`);
    if (frontMatter) io.out(`Front matter: yes (${frontMatter.programme.length} programme row${frontMatter.programme.length === 1 ? '' : 's'})`);
    io.out(`\n${summaries.length} summar${summaries.length === 1 ? 'y' : 'ies'}:`);
    for (const s of summaries) io.out(`  ${s.id}  ${s.title}${s.meetingDate ? `  (${s.meetingDate})` : ''}${s.from === 'search' ? '  [search]' : ''}${notes.has(s.id) ? '  [notes]' : ''}`);
  },
};

export const bookDeleteCommand: Command = {
  name: 'book delete',
  usage: 'book delete BOOK_ID',
  summary: 'Delete a book (its summaries stay in the library)',
  async run({ positionals, json, io, library }) {
    const [id] = positionals;
    if (!id) throw new AppError('INVALID_REQUEST', 'book delete takes a BOOK_ID (see briefing book list).');
    deleteBook((await library()).db, id);
    if (json) return printJson(io, { deleted: id });
    io.out(`Deleted book ${id}.`);
  },
};

export const bookDuplicateCommand: Command = {
  name: 'book duplicate',
  usage: 'book duplicate BOOK_ID',
  summary: 'Copy a book: same settings and items, titled "<title> (copy)"',
  async run({ positionals, json, io, library }) {
    const [id] = positionals;
    if (!id) throw new AppError('INVALID_REQUEST', 'book duplicate takes a BOOK_ID (see briefing book list).');
    const copy = duplicateBook((await library()).db, id);
    if (json) return printJson(io, copy);
    io.out(`Created book ${copy.id}: ${copy.title} (${copy.itemIds.length} item${copy.itemIds.length === 1 ? '' : 's'})`);
  },
};

export const bookAddCommand: Command = {
  name: 'book add',
  usage: 'book add BOOK_ID SUMMARY_ID...',
  summary: 'Add summaries to a book',
  async run({ positionals, json, io, library }) {
    const [bookId, ...ids] = positionals;
    if (!bookId || ids.length === 0) throw new AppError('INVALID_REQUEST', 'book add takes a BOOK_ID and one or more SUMMARY_IDs.');
    const book = addBookItems((await library()).db, bookId, ids);
    if (json) return printJson(io, book);
    io.out(`The book "${book.title}" now has ${book.itemIds.length} item${book.itemIds.length === 1 ? '' : 's'}.`);
  },
};

export const bookRemoveCommand: Command = {
  name: 'book remove',
  usage: 'book remove BOOK_ID SUMMARY_ID...',
  summary: 'Remove summaries from a book',
  async run({ positionals, json, io, library }) {
    const [bookId, ...ids] = positionals;
    if (!bookId || ids.length === 0) throw new AppError('INVALID_REQUEST', 'book remove takes a BOOK_ID and one or more SUMMARY_IDs.');
    const book = removeBookItems((await library()).db, bookId, ids);
    if (json) return printJson(io, book);
    io.out(`The book "${book.title}" now has ${book.itemIds.length} item${book.itemIds.length === 1 ? '' : 's'}.`);
  },
};
