import { useEffect, useState } from 'react';
import type { BookListEntry } from '../../../electron/books/book-types';
import type { ExportOutcome } from '../../../electron/ipc/contracts/share';
import type { BundleScope } from '../../../electron/share/bundle-format';
import { briefing, readableError, unwrap } from '../api/briefing';
import { useLibraryScope } from '../library/library-scope';
import { describeQuery } from '../books/scope-ids';
import { plural } from '../format';
import { Dialog } from '../ui/Dialog';
import { useBundleProgress } from './useBundleProgress';

interface Props {
  onClose(): void;
}

type Choice = 'library' | 'filter' | 'book';

const SHARED_BY_KEY = 'briefing.sharedBy';
type Written = Extract<ExportOutcome, { cancelled: false }>;

/** Export shared library...: what goes in the file, then the save dialog, progress, and where it went. */
export function ExportBundleDialog({ onClose }: Props) {
  const scope = useLibraryScope();
  const { text, forum, theme, actor, from, to } = scope.query;
  const filter = { text: text?.trim() || undefined, forum, theme, actor, from, to };
  // A shared library's filter means every value of a kind; the Library's facets mean any of
  // them: with several values of one kind the two would differ, so that filter is not offered.
  const anyOfSeveral = [forum, theme, actor].some((values) => (values?.length ?? 0) > 1);
  const hasFilter = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const [choice, setChoice] = useState<Choice>('library');
  const [books, setBooks] = useState<BookListEntry[]>([]);
  const [bookId, setBookId] = useState('');
  const [running, setRunning] = useState(false);
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The name colleagues see as "Shared by"; remembered on this computer (not the OS login).
  const [sharedBy, setSharedBy] = useState(() => localStorage.getItem(SHARED_BY_KEY) ?? '');
  const { operationId, progress } = useBundleProgress('bundle-export');

  useEffect(() => {
    unwrap(briefing().books.list({}))
      .then((list) => {
        setBooks(list);
        setBookId((id) => id || list[0]?.id || '');
      })
      .catch(() => setBooks([]));
  }, []);

  const run = async () => {
    const bundleScope: BundleScope =
      choice === 'library' ? { kind: 'library' } : choice === 'filter' ? { kind: 'filter', query: JSON.parse(JSON.stringify(filter)) } : { kind: 'book', bookId };
    setRunning(true);
    setError(null);
    try {
      const name = sharedBy.trim();
      if (name) localStorage.setItem(SHARED_BY_KEY, name);
      const outcome = await unwrap(briefing().share.export({ scope: bundleScope, operationId, sharedBy: name || undefined }));
      if (!outcome.cancelled) setWritten(outcome);
    } catch (e) {
      setError(readableError(e));
    } finally {
      setRunning(false);
    }
  };

  const reveal = (path: string) => unwrap(briefing().system.reveal({ path, action: 'show' })).catch((e: unknown) => setError(readableError(e)));

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
      <button type="button" className="button button-primary" onClick={() => void run()} disabled={running || (choice === 'book' && !bookId)}>
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
          <label className="choice">
            <input type="radio" name="scope" checked={choice === 'library'} onChange={() => setChoice('library')} />
            The whole library
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={choice === 'filter'} disabled={!hasFilter || anyOfSeveral} onChange={() => setChoice('filter')} />
            The Library’s current filter:{' '}
            {!hasFilter
              ? 'none set (search or filter in the Library first)'
              : anyOfSeveral
                ? 'it has several values of one kind (any of them), which a shared library cannot carry yet; put those summaries in a book and share the book'
                : describeQuery(filter)}
          </label>
          <label className="choice">
            <input type="radio" name="scope" checked={choice === 'book'} disabled={books.length === 0} onChange={() => setChoice('book')} />
            One book with its summaries
          </label>
          {choice === 'book' && (
            <div className="field scope-book">
              <label className="field-label" htmlFor="bundle-book">
                Book
              </label>
              <select id="bundle-book" className="select" value={bookId} onChange={(e) => setBookId(e.target.value)}>
                {books.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title}
                  </option>
                ))}
              </select>
            </div>
          )}
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
