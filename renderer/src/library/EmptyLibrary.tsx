import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/ipc/contracts/api';
import { briefing, readableError, unwrap, useLibraryVersion } from '../api/briefing';
import { ImportProgress } from '../import/ImportDialog';
import { useToasts } from '../ui/Toasts';

/** What a new library shows: how to fill it, and a sample library to try the app with. */
export function EmptyLibrary({ onImport }: { onImport(): void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const operation = useRef(`samples-${Date.now()}`);
  const library = useLibraryVersion();
  const toasts = useToasts();

  useEffect(
    () =>
      briefing().on('import:progress', (p) => {
        if (p.operationId === operation.current) setProgress(p);
      }),
    [],
  );

  const loadSamples = async () => {
    setError(null);
    setProgress({ operationId: operation.current, done: 0, total: 1 });
    try {
      const report = await unwrap(briefing().samples.load({ operationId: operation.current }));
      toasts.show({ message: `Added ${report.added} sample summaries. Try searching for “ASEAN” or filtering by forum.`, tone: 'success' });
      library.changed();
    } catch (e) {
      setError(readableError(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="empty-state empty-library">
      <h2>Your library is empty</h2>
      <p>
        Bring in meeting summaries — readouts, press releases, news articles — as text, Markdown, HTML, Word or PDF files.
        Each file is read on this computer; the app suggests the forum, the people and countries involved, the themes, the
        date and the place, and you review everything before it is saved.
      </p>
      <ol className="steps">
        <li>
          Choose <strong>Import</strong> (Ctrl+I), then pick files, drop them, or paste text.
        </li>
        <li>Check the suggestions and import, edit or skip each file.</li>
        <li>Search, filter by forum, theme or actor, and build briefing books from the results.</li>
      </ol>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {progress ? (
        <ImportProgress label="Loading the sample library" progress={progress} />
      ) : (
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={onImport}>
            Import files…
          </button>
          <button type="button" className="button" onClick={() => void loadSamples()}>
            Load the sample library
          </button>
        </div>
      )}
      <p className="field-hint">The sample library: 33 illustrative summaries of 2023–2025 summits, ministerials and visits (fiction modelled on real meetings).</p>
    </div>
  );
}
