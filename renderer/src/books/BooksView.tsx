import { useCallback, useEffect, useState } from 'react';
import type { BookListEntry } from '../../../electron/ipc/contracts/books';
import { briefing, readableError, unwrap } from '../api/briefing';
import { formatCount, shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';
import { BookBuilder } from './BookBuilder';
import './books.css';

/** What another view asks of this one: open a book, or export the open one (File > Export). */
export type BooksRequest = { kind: 'new' } | { kind: 'open'; bookId: string } | { kind: 'export' };

interface Props {
  /** Grows when File > New book... asks for a new book. */
  request: BooksRequest | null;
  /** Called once `request` is carried out, so it is not repeated when the view mounts again. */
  onRequestDone(): void;
}

/** The list of books, and the builder of the one that is open. */
export function BooksView({ request, onRequestDone }: Props) {
  const { books, error, reload } = useBookList();
  const [openId, setOpenId] = useState<string | null>(null);
  /** Whether the open book was just created: its builder then starts in the title field. */
  const [openIsNew, setOpenIsNew] = useState(false);
  // Each new number asks the open builder to start Export PDF.
  const [exportRequest, setExportRequest] = useState(0);
  const toasts = useToasts();
  const open = useCallback((bookId: string, isNew: boolean) => {
    setOpenIsNew(isNew);
    setOpenId(bookId);
  }, []);

  const create = useCallback(async () => {
    try {
      const book = await unwrap(briefing().books.create({ title: 'Untitled briefing book', classification: 'OFFICIAL' }));
      open(book.id, true);
      reload();
    } catch (e) {
      toasts.error(readableError(e));
    }
  }, [open, reload, toasts]);

  useEffect(() => {
    if (!request) return;
    if (request.kind === 'new') void create();
    else if (request.kind === 'open') open(request.bookId, false);
    else if (openId) setExportRequest((n) => n + 1);
    else toasts.show({ message: 'Open a book first, then choose Export to write its PDF.', tone: 'info' });
    onRequestDone();
  }, [request, openId, onRequestDone, toasts, create, open]);

  const { remove, duplicate } = useBookRowActions(open, reload);

  if (openId) {
    return (
      <BookBuilder
        bookId={openId}
        isNew={openIsNew}
        exportRequest={exportRequest}
        onBack={() => {
          setOpenId(null);
          reload();
        }}
        onChanged={reload}
      />
    );
  }

  return (
    <div className="books">
      <div className="books-header">
        <h2 className="books-heading">Briefing books</h2>
        <button type="button" className="button button-primary" onClick={() => void create()}>
          New book
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {books && books.length === 0 && (
        <div className="empty-state">
          <h2>No books yet</h2>
          <p>A book gathers summaries into a PDF grouped by forum, theme or actor. Create one, then add the Library’s search results to it.</p>
        </div>
      )}
      {books && books.length > 0 && (
        <BooksTable books={books} onOpen={(id) => open(id, false)} onDuplicate={(b) => void duplicate(b)} onDelete={(b) => void remove(b)} />
      )}
    </div>
  );
}

/** Delete and Duplicate on a row of the list; a copy opens at once, announced by a toast. */
function useBookRowActions(open: (bookId: string, isNew: boolean) => void, reload: () => void) {
  const toasts = useToasts();
  const remove = async (book: BookListEntry) => {
    if (!window.confirm(`Delete the book “${book.title}”? Its summaries stay in the library.`)) return;
    try {
      await unwrap(briefing().books.delete({ id: book.id }));
      reload();
    } catch (e) {
      toasts.error(readableError(e));
    }
  };
  const duplicate = async (book: BookListEntry) => {
    try {
      const copy = await unwrap(briefing().books.duplicate({ id: book.id }));
      reload();
      open(copy.id, false);
      toasts.show({ message: `Made “${shortTitle(copy.title)}”, a copy of “${shortTitle(book.title)}”, and opened it.`, tone: 'success' });
    } catch (e) {
      toasts.error(readableError(e));
    }
  };
  return { remove, duplicate };
}

/** The stored books (null until the first answer), and a way to read them again. */
function useBookList() {
  const [books, setBooks] = useState<BookListEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    unwrap(briefing().books.list({}))
      .then((list) => {
        setBooks(list);
        setError(null);
      })
      .catch((e: unknown) => setError(readableError(e)));
  }, []);
  useEffect(reload, [reload]);
  return { books, error, reload };
}

interface TableProps {
  books: BookListEntry[];
  onOpen(bookId: string): void;
  onDuplicate(book: BookListEntry): void;
  onDelete(book: BookListEntry): void;
}

function BooksTable({ books, onOpen, onDuplicate, onDelete }: TableProps) {
  return (
    <table className="books-table">
      <caption className="visually-hidden">Your briefing books</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Marking</th>
          <th scope="col">Summaries</th>
          <th scope="col">Last changed</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {books.map((b) => (
          <tr key={b.id}>
            <td>
              <button type="button" className="link-button book-open" onClick={() => onOpen(b.id)}>
                {b.title}
              </button>
            </td>
            <td>
              <span className="marking">{b.classification}</span>
            </td>
            <td>
              {formatCount(b.itemCount)}
              {b.hasSavedSearch ? ' + live search' : ''}
            </td>
            <td>{new Date(b.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
            <td className="row-actions">
              <button type="button" className="button button-small button-quiet" aria-label={`Duplicate “${b.title}”`} onClick={() => onDuplicate(b)}>
                Duplicate
              </button>
              <button type="button" className="button button-small button-quiet" aria-label={`Delete “${b.title}”`} onClick={() => onDelete(b)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
