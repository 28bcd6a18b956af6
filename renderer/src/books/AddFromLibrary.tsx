import { useState } from 'react';
import type { Book } from '../../../electron/ipc/contracts/books';
import { briefing, readableError, unwrap } from '../api/briefing';
import { plural } from '../format';
import { useToasts } from '../ui/Toasts';
import { useLibraryScope } from '../library/library-scope';
import { describeQuery, hasPick, idsOfScope, MAX_ADD } from './scope-ids';

interface Props {
  book: Book;
  apply(write: () => Promise<Book>): Promise<void>;
}

/** Brings the library's current results into the book: once (Add to book) or live (saved search). */
export function AddFromLibrary({ book, apply }: Props) {
  const scope = useLibraryScope();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const picked = hasPick(scope);
  const count = picked ? scope.indices.length : Math.min(scope.total, MAX_ADD);
  const described = describeQuery(scope.query);

  const add = async () => {
    setBusy(true);
    try {
      const ids = await idsOfScope(scope);
      if (ids.length === 0) return;
      const before = book.itemIds.length;
      await apply(async () => {
        const stored = await unwrap(briefing().books.addItems({ bookId: book.id, summaryIds: ids }));
        const added = stored.itemIds.length - before;
        toasts.show({ message: added > 0 ? `Added ${plural(added, 'summary', 'summaries')} to the book.` : 'Those summaries are already in the book.', tone: 'success' });
        return stored;
      });
    } catch (error) {
      toasts.error(readableError(error));
    } finally {
      setBusy(false);
    }
  };

  const saveSearch = (savedSearch: Book['savedSearch']) =>
    apply(() => unwrap(briefing().books.update({ id: book.id, fields: { savedSearch } })));

  return (
    <div className="add-from-library">
      <p className="small">
        {scope.total === 0 ? (
          <>Search or filter in the Library, select summaries, then come back here to add them.</>
        ) : picked ? (
          <>
            <strong>{plural(count, 'summary', 'summaries')} selected</strong> in the Library ({described}).
          </>
        ) : (
          <>
            Library results: <strong>{plural(count, 'summary', 'summaries')}</strong> for {described}. Select some in the Library to add only
            those.
          </>
        )}
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy || count === 0} onClick={add}>
          Add to book
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || scope.total === 0}
          title="Every summary this search finds, now and later, is in the book"
          onClick={() => void saveSearch(scope.query)}
        >
          Save search as live source
        </button>
      </div>
      {book.savedSearch && (
        <p className="live-source small">
          <span className="badge">Live source</span> {describeQuery(book.savedSearch)}
          <button type="button" className="link-button" onClick={() => void saveSearch(null)}>
            Remove live source
          </button>
        </p>
      )}
    </div>
  );
}
