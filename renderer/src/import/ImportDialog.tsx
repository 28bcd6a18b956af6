import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/ipc/contracts/api';
import { briefing, readableError } from '../api/briefing';
import { useLibraryVersion } from '../api/useLibraryVersion';
import { plural } from '../format';
import { Dialog } from '../ui/Dialog';
import { commit, fileLabel, initialDraft, pickFiles, preview, type ImportReport, type ImportSource, type IngestPreviewItem, type ReviewDraft } from './ingest-client';
import { ImportProgress } from './ImportProgress';
import { ReviewItem } from './ReviewItem';
import { SourcePicker } from './SourcePicker';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'review'; items: IngestPreviewItem[] }
  | { name: 'saving'; items: IngestPreviewItem[] }
  | { name: 'done'; report: ImportReport };

let operationCounter = 0;

/**
 * Import: choose or drop files, or paste text → read and extract with progress → review
 * each file (import, edit or skip; duplicates and refused files flagged with the reason)
 * → store. Nothing reaches the library before the last step.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [drafts, setDrafts] = useState<Record<string, ReviewDraft>>({});
  const [error, setError] = useState<string | null>(null);
  const operation = useRef('');
  const library = useLibraryVersion();

  useEffect(
    () =>
      briefing().on('import:progress', (p) => {
        if (p.operationId === operation.current) setProgress(p);
      }),
    [],
  );

  const startOperation = (total: number) => {
    operation.current = `import-${Date.now()}-${++operationCounter}`;
    setProgress({ operationId: operation.current, done: 0, total });
    setError(null);
    return operation.current;
  };

  const read = async (source: ImportSource) => {
    const total = 'paths' in source ? source.paths.length : 'files' in source ? source.files.length : 1;
    if (total === 0) return;
    const id = startOperation(total);
    setStep({ name: 'reading' });
    try {
      const items = await preview(source, id);
      setDrafts(Object.fromEntries(items.map((i) => [i.key, initialDraft(i)])));
      setStep({ name: 'review', items });
    } catch (e) {
      setError(readableError(e));
      setStep({ name: 'choose' });
    }
  };

  const choose = async () => {
    setError(null);
    try {
      const paths = await pickFiles();
      if (paths.length > 0) await read({ paths });
    } catch (e) {
      setError(readableError(e));
    }
  };

  const save = async (items: IngestPreviewItem[]) => {
    const kept = items.filter((i) => i.status === 'new' && drafts[i.key]?.keep);
    const id = startOperation(kept.length);
    setStep({ name: 'saving', items });
    try {
      const report = await commit(
        kept.map((item) => ({ item, draft: drafts[item.key]! })),
        id,
      );
      library.changed();
      setStep({ name: 'done', report });
    } catch (e) {
      setError(readableError(e));
      setStep({ name: 'review', items });
    }
  };

  const errorBox = error && (
    <p className="field-error" role="alert">
      {error}
    </p>
  );

  switch (step.name) {
    case 'choose':
      return (
        <Dialog title="Import summaries" wide step="choose" onClose={onClose}>
          {errorBox}
          <SourcePicker onChooseFiles={() => void choose()} onSource={(s) => void read(s)} />
        </Dialog>
      );
    case 'reading':
    case 'saving':
      return (
        <Dialog title="Import summaries" step={step.name} onClose={onClose}>
          <ImportProgress label={step.name === 'reading' ? 'Reading and extracting' : 'Saving to the library'} progress={progress} />
        </Dialog>
      );
    case 'review': {
      const importable = step.items.filter((i) => i.status === 'new');
      const count = importable.filter((i) => drafts[i.key]?.keep).length;
      const setAll = (keep: boolean) =>
        setDrafts((all) => Object.fromEntries(Object.entries(all).map(([k, d]) => [k, { ...d, keep: keep && importable.some((i) => i.key === k) }])));
      const others = step.items.length - count;
      return (
        <Dialog
          title={`Review ${plural(step.items.length, 'file')}`}
          wide
          step="review"
          onClose={onClose}
          footer={
            <>
              <span className="muted small footer-note">
                {plural(count, 'summary', 'summaries')} will be added{others > 0 ? `, ${others} left out` : ''}.
              </span>
              <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
                Back
              </button>
              <button type="button" className="button button-primary" disabled={count === 0} onClick={() => void save(step.items)}>
                {count === 0 ? 'Nothing to import' : `Import ${plural(count, 'summary', 'summaries')}`}
              </button>
            </>
          }
        >
          {errorBox}
          <div className="review-tools">
            <p className="muted small">
              Check what was found in each file. Tags are suggestions with the extractor’s confidence: turn down the wrong
              ones now, or accept and reject them later in the library.
            </p>
            {importable.length > 1 && (
              <>
                <button type="button" className="button button-small" onClick={() => setAll(true)}>
                  Accept all
                </button>
                <button type="button" className="button button-small" onClick={() => setAll(false)}>
                  Skip all
                </button>
              </>
            )}
          </div>
          <ul className="review-list" aria-label="Files to import">
            {step.items.map((item) => (
              <ReviewItem key={item.key} item={item} draft={drafts[item.key]!} onChange={(d) => setDrafts((all) => ({ ...all, [item.key]: d }))} />
            ))}
          </ul>
        </Dialog>
      );
    }
    case 'done': {
      const { report } = step;
      const problems = report.results.filter((r) => r.status !== 'added');
      return (
        <Dialog
          title="Import finished"
          step="done"
          onClose={onClose}
          footer={
            <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
              Close
            </button>
          }
        >
          <p role="status">
            {plural(report.added, 'summary', 'summaries')} added to the library
            {report.duplicates > 0 ? `; ${report.duplicates} already there` : ''}
            {report.refused > 0 ? `; ${report.refused} refused` : ''}.
          </p>
          {problems.length > 0 && (
            <ul className="import-problems">
              {problems.map((r) => (
                <li key={r.file}>
                  <strong>{fileLabel(r.file)}</strong>: {r.reason ?? r.status}
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      );
    }
  }
}
