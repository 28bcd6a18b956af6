import { useEffect, useState } from 'react';
import type { BookListEntry } from '../../../electron/ipc/contracts/books';
import { briefing, readableError, unwrap } from '../api/briefing';
import { plural, shortTitle } from '../format';
import { Dialog } from '../ui/Dialog';
import { useToasts } from '../ui/Toasts';
import type { LibraryScope } from '../library/library-scope';
import { describeQuery, hasPick, idsOfScope, MAX_ADD } from './scope-ids';
import './books.css';

interface Props {
  scope: LibraryScope;
  /** Opens the builder of a book (after "New book…"). */
  onOpenBook(bookId: string): void;
}

/**
 * "Add to book" in the Library's results bar: the selection, or every result when nothing is
 * picked, goes into a book chosen in a small dialog (or a new one titled from the query).
 */
export function LibraryAddToBook({ scope, onOpenBook }: Props) {
  const [choosing, setChoosing] = useState(false);
  const [books, setBooks] = useState<BookListEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();
  const count = hasPick(scope) ? scope.indices.length : Math.min(scope.total, MAX_ADD);

  useEffect(() => {
    if (!choosing) return;
    setBooks(null);
    setError(null);
    unwrap(briefing().books.list({})).then(setBooks, (e: unknown) => setError(readableError(e)));
  }, [choosing]);

  const addTo = async (target: { id: string; title: string; itemCount: number } | 'new') => {
    setBusy(true);
    setError(null);
    try {
      const ids = await idsOfScope(scope);
      if (ids.length === 0) throw new Error('The results changed and nothing is left to add; search again.');
      const book =
        target === 'new' ? await unwrap(briefing().books.create({ title: titleFromQuery(scope.query), classification: 'OFFICIAL' })) : null;
      const bookId = book?.id ?? (target as { id: string }).id;
      const before = book ? 0 : (target as { itemCount: number }).itemCount;
      const stored = await unwrap(briefing().books.addItems({ bookId, summaryIds: ids }));
      const added = stored.itemIds.length - before;
      toasts.show({
        message: added > 0 ? `Added ${plural(added, 'summary', 'summaries')} to “${shortTitle(stored.title)}”.` : `Those summaries are already in “${shortTitle(stored.title)}”.`,
        tone: 'success',
      });
      setChoosing(false);
      if (book) onOpenBook(book.id);
    } catch (e) {
      setError(readableError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button-small" disabled={count === 0} onClick={() => setChoosing(true)}>
        Add to book
      </button>
      {choosing && (
        <Dialog title={`Add ${plural(count, 'summary', 'summaries')} to a book`} onClose={() => !busy && setChoosing(false)}>
          <p className="small">
            {hasPick(scope) ? 'The selected summaries' : 'Every result'} of {describeQuery(scope.query)}.
          </p>
          {!books && !error && <p role="status">Loading books…</p>}
          {books && (
            <ul className="book-choices" aria-label="Books">
              {books.map((b) => (
                <li key={b.id}>
                  <button type="button" className="button book-choice" disabled={busy} onClick={() => void addTo(b)}>
                    {b.title} <span className="field-hint">({plural(b.itemCount, 'summary', 'summaries')})</span>
                  </button>
                </li>
              ))}
              <li>
                <button type="button" className="button button-primary book-choice" disabled={busy} onClick={() => void addTo('new')}>
                  New book…
                </button>
              </li>
            </ul>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </Dialog>
      )}
    </>
  );
}

/** A new book's title from the query ("Briefing: “asean” · Forum: ASEAN"), capped at the contract's 300 characters. */
function titleFromQuery(query: LibraryScope['query']): string {
  const described = describeQuery(query);
  const title = described === 'the whole library' ? 'Briefing book' : `Briefing: ${described}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}
