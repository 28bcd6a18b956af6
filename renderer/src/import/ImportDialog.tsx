import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../electron/ipc/events';
import { briefing, readableError } from '../api/briefing';
import { useLibraryVersion } from '../api/useLibraryVersion';
import { plural } from '../format';
import { Dialog } from '../ui/Dialog';
import { commit, pickFiles, preview, type ImportSource, type ItemEdits, type PreviewItem } from './ingest-client';
import { ReviewItem, type Decision } from './ReviewItem';
import { SourcePicker } from './SourcePicker';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'review'; items: PreviewItem[] }
  | { name: 'saving' }
  | { name: 'done'; added: number; skipped: number };

let operationCounter = 0;

/**
 * Import: choose or drop files, or paste text → read and extract with progress → review
 * each file (accept, edit or skip; duplicates and refused files flagged) → write.
 * Nothing reaches the library before the last step.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [edits, setEdits] = useState<Record<string, ItemEdits>>({});
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

  const read = async (sources: ImportSource[]) => {
    if (sources.length === 0) return;
    operation.current = `import-${Date.now()}-${++operationCounter}`;
    setError(null);
    setProgress({ operationId: operation.current, done: 0, total: sources.length });
    setStep({ name: 'reading' });
    try {
      const items = await preview(sources, operation.current);
      setDecisions(Object.fromEntries(items.map((i) => [i.key, i.status === 'ready' ? 'import' : 'skip'])));
      setEdits({});
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
      await read(paths.map((path) => ({ kind: 'file', path })));
    } catch (e) {
      setError(readableError(e));
    }
  };

  const save = async (items: PreviewItem[]) => {
    const chosen = items.filter((i) => i.status !== 'refused' && decisions[i.key] === 'import');
    setError(null);
    setProgress({ operationId: operation.current, done: 0, total: chosen.length });
    setStep({ name: 'saving' });
    try {
      const result = await commit(
        chosen.map((i) => ({ key: i.key, edits: edits[i.key] })),
        operation.current,
      );
      library.changed();
      setStep({ name: 'done', added: result.added, skipped: items.length - chosen.length + result.duplicates });
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

  if (step.name === 'review') {
    const importable = step.items.filter((i) => i.status !== 'refused');
    const count = importable.filter((i) => decisions[i.key] === 'import').length;
    const setAll = (d: Decision) => setDecisions(Object.fromEntries(importable.map((i) => [i.key, d])));
    return (
      <Dialog
        title="Review the import"
        wide
        onClose={onClose}
        footer={
          <>
            <span className="muted small footer-note">
              {plural(count, 'summary', 'summaries')} will be added{step.items.length - count > 0 ? `, ${step.items.length - count} skipped` : ''}.
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
            Check what was found in each file. Dashed tags are suggestions with the extractor’s confidence; you can accept,
            reject or add tags later in the library.
          </p>
          <button type="button" className="button button-small" onClick={() => setAll('import')}>
            Accept all
          </button>
          <button type="button" className="button button-small" onClick={() => setAll('skip')}>
            Skip all
          </button>
        </div>
        <ul className="review-list" aria-label="Files to import">
          {step.items.map((item) => (
            <ReviewItem
              key={item.key}
              item={item}
              decision={decisions[item.key] ?? 'skip'}
              edits={edits[item.key]}
              onDecision={(d) => setDecisions((all) => ({ ...all, [item.key]: d }))}
              onEdits={(e) => setEdits((all) => ({ ...all, [item.key]: e }))}
            />
          ))}
        </ul>
      </Dialog>
    );
  }

  if (step.name === 'done') {
    return (
      <Dialog
        title="Import finished"
        onClose={onClose}
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            Close
          </button>
        }
      >
        <p>
          {plural(step.added, 'summary', 'summaries')} added to the library{step.skipped > 0 ? `; ${step.skipped} skipped` : ''}.
        </p>
      </Dialog>
    );
  }

  if (step.name === 'reading' || step.name === 'saving') {
    const label = step.name === 'reading' ? 'Reading and extracting' : 'Saving to the library';
    return (
      <Dialog title="Import" onClose={onClose}>
        <div className="import-progress">
          <p id="import-progress-label">
            {label}
            {progress?.label ? ` — ${progress.label}` : ''}…
          </p>
          <progress
            className="progress"
            aria-labelledby="import-progress-label"
            max={Math.max(1, progress?.total ?? 1)}
            value={progress?.done ?? 0}
          />
          <p className="muted small">
            {progress ? `${progress.done} of ${progress.total}` : ''}
          </p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Import summaries" wide onClose={onClose}>
      {errorBox}
      <SourcePicker busy={false} onChooseFiles={() => void choose()} onSources={(s) => void read(s)} />
    </Dialog>
  );
}
