import { useEffect, useRef, useState } from 'react';
import { LibraryView } from './library/LibraryView';

/** Top-level views, in tab order. Later views (Books) add an entry here. */
const VIEWS = [{ id: 'library', label: 'Library' }] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function App() {
  const [view, setView] = useState<ViewId>('library');
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setView('library');
        requestAnimationFrame(() => searchRef.current?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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
      </header>
      <main className="app-main">{view === 'library' && <LibraryView searchRef={searchRef} />}</main>
    </div>
  );
}
