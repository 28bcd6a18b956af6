import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { briefing, LibraryVersionProvider } from './api/briefing';
import { BooksView, type BooksRequest } from './books/BooksView';
import { LibraryScopeProvider } from './library/library-scope';
import { ImportDialog } from './import/ImportDialog';
import { LibraryView } from './library/LibraryView';
import { SharingView } from './sharing/SharingView';
import { TaxonomyView } from './taxonomy/TaxonomyView';
import { ToastProvider } from './ui/Toasts';

/** Top-level views, in tab order. A new view (Books) adds an entry here and a case in `renderView`. */
const VIEWS = [
  { id: 'library', label: 'Library' },
  { id: 'taxonomy', label: 'Taxonomy' },
  { id: 'books', label: 'Books' },
  { id: 'sharing', label: 'Sharing' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function App() {
  return (
    <ToastProvider>
      <LibraryVersionProvider>
        <LibraryScopeProvider>
          <Shell />
        </LibraryScopeProvider>
      </LibraryVersionProvider>
    </ToastProvider>
  );
}

function Shell() {
  const [view, setView] = useState<ViewId>('library');
  const [importing, setImporting] = useState(false);
  const { booksRequest, bundleImportRequest, requestBooks, requestBundleImport, booksRequestDone } = useViewRequests(setView);
  const openBook = useCallback((bookId: string) => requestBooks({ kind: 'open', bookId }), [requestBooks]);
  const searchRef = useRef<HTMLInputElement>(null);
  const openImport = useCallback(() => setImporting(true), []);
  useShortcuts(setView, searchRef, openImport);

  // The application menu's File items.
  useEffect(
    () =>
      briefing().on('menu:command', ({ command }) => {
        if (command === 'import-files') openImport();
        if (command === 'new-book') requestBooks({ kind: 'new' });
        // The Books view exports the book open in its builder, or asks to open one first.
        if (command === 'export') requestBooks({ kind: 'export' });
        if (command === 'import-bundle') requestBundleImport();
      }),
    [openImport, requestBooks, requestBundleImport],
  );

  const renderView = () => {
    switch (view) {
      case 'library':
        return <LibraryView searchRef={searchRef} onImport={openImport} onOpenBook={openBook} />;
      case 'taxonomy':
        return <TaxonomyView />;
      case 'books':
        return <BooksView request={booksRequest} onRequestDone={booksRequestDone} />;
      case 'sharing':
        return <SharingView importRequest={bundleImportRequest} />;
    }
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Briefing Book Builder</h1>
        <nav aria-label="Views" className="app-tabs">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" className="tab" aria-current={view === v.id ? 'page' : undefined} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
        <div className="app-actions">
          <button type="button" className="button button-primary" onClick={openImport} title="Import files (Ctrl+I)">
            Import
          </button>
        </div>
      </header>
      <main className="app-main">{renderView()}</main>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}

/**
 * What one view asks of another (from the menu, or the Library's Add to book › New book…):
 * the view is shown and its request passed down. A books request (new book, open this book,
 * export the open one) is cleared by the Books view once carried out, so coming back to the
 * tab never repeats it; each bundle import request is a new number.
 */
function useViewRequests(setView: (view: ViewId) => void) {
  const [booksRequest, setBooksRequest] = useState<BooksRequest | null>(null);
  const [bundleImportRequest, setBundleImportRequest] = useState(0);
  const requestBooks = useCallback(
    (request: BooksRequest) => {
      setBooksRequest(request);
      setView('books');
    },
    [setView],
  );
  const requestBundleImport = useCallback(() => {
    setBundleImportRequest((n) => n + 1);
    setView('sharing');
  }, [setView]);
  const booksRequestDone = useCallback(() => setBooksRequest(null), []);
  return { booksRequest, bundleImportRequest, requestBooks, requestBundleImport, booksRequestDone };
}

/** Ctrl+F goes to the library's search field; Ctrl+I opens Import. */
function useShortcuts(setView: (view: ViewId) => void, searchRef: RefObject<HTMLInputElement | null>, openImport: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'f') {
        event.preventDefault();
        setView('library');
        requestAnimationFrame(() => {
          searchRef.current?.focus();
          searchRef.current?.select();
        });
      } else if (key === 'i') {
        event.preventDefault();
        openImport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView, searchRef, openImport]);
}
