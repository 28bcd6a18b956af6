import { useCallback, useEffect, useState } from 'react';
import type { ImportRecord } from '../../../electron/ipc/contracts/share';
import { briefing, readableError, unwrap, useLibraryVersion } from '../api/briefing';
import { ExportBundleDialog } from './ExportBundleDialog';
import { ImportBundleDialog } from './ImportBundleDialog';
import { ImportHistory } from './ImportHistory';
import './sharing.css';

interface Props {
  /** Grows when File > Import shared library... asks for an import. */
  importRequest: number;
}

/** Exchanging libraries with colleagues: export a bundle, import one, and the import history. */
export function SharingView({ importRequest }: Props) {
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<ImportRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { version } = useLibraryVersion();

  const reload = useCallback(() => {
    unwrap(briefing().share.history({ limit: 100 }))
      .then((list) => {
        setHistory(list);
        setError(null);
      })
      .catch((e: unknown) => setError(readableError(e)));
  }, []);
  useEffect(reload, [reload, version]);
  useEffect(() => {
    if (importRequest > 0) setImporting(true);
  }, [importRequest]);

  return (
    <div className="sharing">
      <h2 className="sharing-heading">Shared libraries</h2>
      <p className="muted sharing-intro">
        A shared library is one <code>.bblib</code> file with summaries, their tags and books. Colleagues import it into their own library; you see
        what it would change before anything is written, and every import can be undone.
      </p>
      <div className="sharing-actions">
        <div className="sharing-card">
          <h3>Send</h3>
          <p className="small muted">The whole library, the Library’s current filter, or one book.</p>
          <button type="button" className="button button-primary" onClick={() => setExporting(true)}>
            Export shared library...
          </button>
        </div>
        <div className="sharing-card">
          <h3>Receive</h3>
          <p className="small muted">Preview a colleague’s file, choose how conflicts are settled, then import.</p>
          <button type="button" className="button button-primary" onClick={() => setImporting(true)}>
            Import shared library...
          </button>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ImportHistory records={history} onChanged={reload} />
      {exporting && <ExportBundleDialog onClose={() => setExporting(false)} />}
      {importing && (
        <ImportBundleDialog
          onClose={() => {
            setImporting(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
