import { useEffect, useState } from 'react';
import type { BookListEntry } from '../../../electron/ipc/contracts/books';
import type { BundleScope, ExportOutcome } from '../../../electron/ipc/contracts/share';
import { briefing, readableError, unwrap, useOperationProgress } from '../api/briefing';
import { useLibraryScope, type LibraryScope } from '../library/library-scope';
import { describeQuery } from '../books/scope-ids';
import { plural } from '../format';
import { Dialog } from '../ui/Dialog';

interface Props {
  onClose(): void;
}

type Choice = 'library' | 'filter' | 'book';

const SHARED_BY_KEY = 'briefing.sharedBy';
type Written = Extract<ExportOutcome, { cancelled: false }>;

/** Export shared library...: what goes in the file, then the save dialog, progress, and where it went. */
export function ExportBundleDialog({ onClose }: Props) {
  const filter = useLibraryFilter();
  const [choice, setChoice] = useState<Choice>('library');
  const { books, bookId, setBookId } = useBookChoice();
  // The name colleagues see as "Shared by"; remembered on this computer (not the OS login).
  const [sharedBy, setSharedBy] = useState(() => localStorage.getItem(SHARED_BY_KEY) ?? '');
  const { running, written, error, progress, run, reveal } = useBundleExport();
  const scope = (): BundleScope =>
    choice === 'library' ? { kind: 'library' } : choice === 'filter' ? { kind: 'filter', query: JSON.parse(JSON.stringify(filter.query)) } : { kind: 'book', bookId };

  const footer = written ? (
    <>
      <button type="button" className="button" onClick={() => void reveal(written.path)}>
        Show in folder
      </button>
      <button type="button" className="button button-primary" onClick={onClose}>
        Done
      </button>
    </>
  ) : (
    <>
      <button type="button" className="button" onClick={onClose} disabled={running}>
        Cancel
      </button>
      <button type="button" className="button button-primary" onClick={() => void run(scope(), sharedBy)} disabled={running || (choice === 'book' && !bookId)}>
        Export…
      </button>
    </>
  );

  return (
    <Dialog title="Export shared library" onClose={onClose} footer={footer}>
      {written ? (
        <div role="status" className="bundle-written">
          <p>
            Wrote {plural(written.manifest.counts.summaries, 'summary', 'summaries')}, {plural(written.manifest.counts.entities, 'forum, actor or theme', 'forums, actors and themes')}
            {written.manifest.counts.books ? ` and ${plural(written.manifest.counts.books, 'book')}` : ''} ({Math.max(1, Math.round(written.bytes / 1024))} KB) to
          </p>
          <p className="path-text">{written.path}</p>
        </div>
      ) : (
        <fieldset className="field scope-choice" disabled={running}>
          <legend className="field-label">What to share</legend>
          <ScopeChoices choice={choice} onChoose={setChoice} filter={filter} books={books} bookId={bookId} onBook={setBookId} />
          <div className="field shared-by">
            <label className="field-label" htmlFor="bundle-shared-by">
              Your name, as colleagues will see it
            </label>
            <input
              id="bundle-shared-by"
              className="input"
              maxLength={200}
              placeholder="e.g. A. Diplomat, Political section"
              value={sharedBy}
              onChange={(e) => setSharedBy(e.target.value)}
            />
            <span className="field-hint">Shown as “Shared by” when they import it. Left empty, your computer’s user name is used.</span>
          </div>
        </fieldset>
      )}
      {running && (
        <div className="export-progress">
          <label htmlFor="bundle-export-progress" className="small">
            {progress?.label ?? 'Choosing where to save…'}
          </label>
          <progress id="bundle-export-progress" className="progress" max={progress?.total || 1} value={progress?.total ? progress.done : undefined} />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

/** Writing the bundle (the main process asks where first): its progress, what was written, or the error. */
function useBundleExport() {
  const [running, setRunning] = useState(false);
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { operationId, progress } = useOperationProgress('bundle:progress', 'bundle-export');
  const run = async (scope: BundleScope, sharedBy: string) => {
    setRunning(true);
    setError(null);
    try {
      const name = sharedBy.trim();
      if (name) localStorage.setItem(SHARED_BY_KEY, name);
      const outcome = await unwrap(briefing().share.export({ scope, operationId, sharedBy: name || undefined }));
      if (!outcome.cancelled) setWritten(outcome);
    } catch (e) {
      setError(readableError(e));
    } finally {
      setRunning(false);
    }
  };
  const reveal = (path: string) => unwrap(briefing().system.reveal({ path, action: 'show' })).catch((e: unknown) => setError(readableError(e)));
  return { running, written, error, progress, run, reveal };
}

interface LibraryFilter {
  query: Omit<LibraryScope['query'], 'sort' | 'facetMatch'>;
  /** Any filter or search text is set in the Library. */
  set: boolean;
  /** A shared library's filter means every value of a kind; the Library's facets mean any of
   * them: with several values of one kind the two would differ, so that filter is not offered. */
  anyOfSeveral: boolean;
}

/** The Library's current filter, as a shared library's scope can carry it. */
function useLibraryFilter(): LibraryFilter {
  const { text, forum, theme, actor, from, to } = useLibraryScope().query;
  const query = { text: text?.trim() || undefined, forum, theme, actor, from, to };
  return {
    query,
    set: Object.values(query).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v))),
    anyOfSeveral: [forum, theme, actor].some((values) => (values?.length ?? 0) > 1),
  };
}

/** The books one can share, and the one chosen (the first, until the user picks another). */
function useBookChoice() {
  const [books, setBooks] = useState<BookListEntry[]>([]);
  const [bookId, setBookId] = useState('');
  useEffect(() => {
    unwrap(briefing().books.list({}))
      .then((list) => {
        setBooks(list);
        setBookId((id) => id || list[0]?.id || '');
      })
      .catch(() => setBooks([]));
  }, []);
  return { books, bookId, setBookId };
}

interface ScopeProps {
  choice: Choice;
  onChoose(choice: Choice): void;
  filter: LibraryFilter;
  books: BookListEntry[];
  bookId: string;
  onBook(bookId: string): void;
}

/** The whole library, the Library's current filter (when a shared library can carry it), or one book. */
function ScopeChoices({ choice, onChoose, filter, books, bookId, onBook }: ScopeProps) {
  return (
    <>
      <label className="choice">
        <input type="radio" name="scope" checked={choice === 'library'} onChange={() => onChoose('library')} />
        The whole library
      </label>
      <label className="choice">
        <input type="radio" name="scope" checked={choice === 'filter'} disabled={!filter.set || filter.anyOfSeveral} onChange={() => onChoose('filter')} />
        The Library’s current filter:{' '}
        {!filter.set
          ? 'none set (search or filter in the Library first)'
          : filter.anyOfSeveral
            ? 'it has several values of one kind (any of them), which a shared library cannot carry yet; put those summaries in a book and share the book'
            : describeQuery(filter.query)}
      </label>
      <label className="choice">
        <input type="radio" name="scope" checked={choice === 'book'} disabled={books.length === 0} onChange={() => onChoose('book')} />
        One book with its summaries
      </label>
      {choice === 'book' && (
        <div className="field scope-book">
          <label className="field-label" htmlFor="bundle-book">
            Book
          </label>
          <select id="bundle-book" className="select" value={bookId} onChange={(e) => onBook(e.target.value)}>
            {books.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
