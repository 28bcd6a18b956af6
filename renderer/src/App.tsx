import { useCallback, useEffect, useRef, useState } from 'react';
import { briefing } from './api/briefing';
import { LibraryVersionProvider } from './api/useLibraryVersion';
import { BooksView, type BooksRequest } from './books/BooksView';
import { LibraryScopeProvider } from './books/library-scope';
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
  // Menu requests for the Sharing view: each new number is one request.
  const [bundleImportRequest, setBundleImportRequest] = useState(0);
  // New book, open this book, or export the open one: cleared by the Books view once carried
  // out, so coming back to the tab never repeats it.
  const [booksRequest, setBooksRequest] = useState<BooksRequest | null>(null);
  const openBook = useCallback((bookId: string) => {
    setBooksRequest({ kind: 'open', bookId });
    setView('books');
  }, []);
  const booksRequestDone = useCallback(() => setBooksRequest(null), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const openImport = useCallback(() => setImporting(true), []);

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
  }, [openImport]);

  // File > Import files... in the application menu.
  useEffect(
    () =>
      briefing().on('menu:command', ({ command }) => {
        if (command === 'import-files') openImport();
        if (command === 'new-book') {
          setBooksRequest({ kind: 'new' });
          setView('books');
        }
        if (command === 'export') {
          // The Books view exports the book open in its builder, or asks to open one first.
          setBooksRequest({ kind: 'export' });
          setView('books');
        }
        if (command === 'import-bundle') {
          setView('sharing');
          setBundleImportRequest((n) => n + 1);
        }
      }),
    [openImport],
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
