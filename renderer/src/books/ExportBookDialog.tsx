import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, BookExportResult } from '../../../electron/ipc/contracts/books';
import { briefing, readableError, unwrap } from '../api/briefing';
import { Dialog } from '../ui/Dialog';

interface Props {
  bookId: string;
  bookTitle: string;
  format: ExportFormat;
  onClose(): void;
}

type State =
  | { kind: 'running'; done: number; total: number; label: string }
  | { kind: 'written'; path: string; pages: number | null; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * Export PDF or Word: the save dialog opens first (in the main process), then a progress bar
 * with Cancel; when written, Open and Show in folder.
 */
export function ExportBookDialog({ bookId, bookTitle, format, onClose }: Props) {
  const { state, cancel } = useBookExport(bookId, format);
  const [revealError, setRevealError] = useState<string | null>(null);
  const reveal = (path: string, action: 'open' | 'show') =>
    void unwrap(briefing().system.reveal({ path, action })).then(
      () => setRevealError(null),
      (e: unknown) => setRevealError(readableError(e)),
    );

  return (
    <Dialog
      title={`Export “${bookTitle}”${format === 'docx' ? ' to Word' : ''}`}
      onClose={state.kind === 'running' ? cancel : onClose}
      footer={<ExportButtons state={state} cancel={cancel} reveal={reveal} onClose={onClose} />}
    >
      {state.kind === 'running' && (
        <div className="export-progress">
          <label htmlFor="export-progress-bar" className="small">
            {state.label}
          </label>
          <progress
            id="export-progress-bar"
            className="progress"
            aria-label="Export progress"
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
        </div>
      )}
      {state.kind === 'written' && (
        <div role="status">
          <p>
            {state.pages === null ? 'Exported a Word document' : `Exported ${state.pages} pages`} ({Math.max(1, Math.round(state.bytes / 1024))} KB) to
          </p>
          <p className="path-text">{state.path}</p>
        </div>
      )}
      {state.kind === 'cancelled' && <p role="status">The export was cancelled; no file was written.</p>}
      {state.kind === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {revealError && (
        <p className="field-error" role="alert">
          {revealError}
        </p>
      )}
    </Dialog>
  );
}

interface ButtonsProps {
  state: State;
  cancel(): void;
  reveal(path: string, action: 'open' | 'show'): void;
  onClose(): void;
}

/** Cancel while running; Show in folder, Open and Done once written; else Close. */
function ExportButtons({ state, cancel, reveal, onClose }: ButtonsProps) {
  if (state.kind === 'running') {
    return (
      <button type="button" className="button" onClick={cancel}>
        Cancel
      </button>
    );
  }
  if (state.kind !== 'written') {
    return (
      <button type="button" className="button button-primary" onClick={onClose}>
        Close
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button" onClick={() => reveal(state.path, 'show')}>
        Show in folder
      </button>
      <button type="button" className="button" onClick={() => reveal(state.path, 'open')}>
        Open
      </button>
      <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
        Done
      </button>
    </>
  );
}

/** Starts the export once, follows its progress events, and ends in written, cancelled or failed. */
function useBookExport(bookId: string, format: ExportFormat): { state: State; cancel(): void } {
  const [state, setState] = useState<State>({ kind: 'running', done: 0, total: 0, label: 'Choosing where to save…' });
  const operationId = useRef(`export-${bookId}-${Date.now()}`);

  useEffect(() => {
    let live = true;
    // Progress events travel apart from the answer and may arrive after it: once the export has
    // finished, a late one must not turn the dialog back to "Writing".
    let settled = false;
    const off = briefing().on('export:progress', (p) => {
      if (live && !settled && p.operationId === operationId.current) setState({ kind: 'running', done: p.done, total: p.total, label: p.label ?? 'Writing' });
    });
    unwrap(briefing().books.export({ bookId, operationId: operationId.current, format }))
      .finally(() => (settled = true))
      .then((result: BookExportResult) => {
        if (!live) return;
        if (result.status === 'written') setState({ kind: 'written', path: result.path, pages: result.pages, bytes: result.bytes });
        else setState({ kind: 'cancelled' });
      })
      .catch((error: unknown) => live && setState({ kind: 'failed', message: readableError(error) }));
    return () => {
      live = false;
      off();
    };
  }, [bookId, format]);

  const cancel = () => void briefing().books.cancel({ operationId: operationId.current });
  return { state, cancel };
}
