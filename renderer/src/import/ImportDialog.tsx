import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Progress } from '../../../electron/ipc/contracts/api';
import { briefing, readableError, useLibraryVersion } from '../api/briefing';
import { plural } from '../format';
import { Dialog } from '../ui/Dialog';
import { commit, fileLabel, initialDraft, pickFiles, preview, type ImportReport, type ImportSource, type IngestPreviewItem, type ReviewDraft } from './ingest-client';
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
  const flow = useImportFlow();
  const { step } = flow;
  const review = step.name === 'review' ? reviewCounts(step.items, flow.drafts) : null;
  // One dialog through every step (only its title and contents change): it keeps where focus
  // was before it opened, and moves focus into each new step.
  return (
    <Dialog
      title={step.name === 'review' ? `Review ${plural(step.items.length, 'file')}` : step.name === 'done' ? 'Import finished' : 'Import summaries'}
      wide={step.name === 'choose' || step.name === 'review'}
      step={step.name}
      onClose={onClose}
      footer={
        step.name === 'review' && review ? (
          <ReviewButtons {...review} onBack={flow.back} onSave={() => void flow.save(step.items)} />
        ) : step.name === 'done' ? (
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            Close
          </button>
        ) : undefined
      }
    >
      {flow.error && (step.name === 'choose' || step.name === 'review') && (
        <p className="field-error" role="alert">
          {flow.error}
        </p>
      )}
      {step.name === 'choose' && <SourcePicker onChooseFiles={() => void flow.choose()} onSource={(s) => void flow.read(s)} />}
      {(step.name === 'reading' || step.name === 'saving') && (
        <ImportProgress label={step.name === 'reading' ? 'Reading and extracting' : 'Saving to the library'} progress={flow.progress} />
      )}
      {step.name === 'review' && review && <ReviewList items={step.items} importable={review.importable} drafts={flow.drafts} setDrafts={flow.setDrafts} />}
      {step.name === 'done' && <ImportOutcome report={step.report} />}
    </Dialog>
  );
}

/** Of the files read: those that can be imported, how many will be, and how many are left out. */
function reviewCounts(items: IngestPreviewItem[], drafts: Record<string, ReviewDraft>) {
  const importable = items.filter((i) => i.status === 'new');
  const count = importable.filter((i) => drafts[i.key]?.keep).length;
  return { importable, count, others: items.length - count };
}

/**
 * The steps of one import and what they carry: progress events of the running operation,
 * the user's draft of each reviewed file, and the last step's error.
 */
function useImportFlow() {
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
  const back = () => setStep({ name: 'choose' });
  return { step, progress, drafts, setDrafts, error, read, choose, save, back };
}

function ReviewButtons({ count, others, onBack, onSave }: { count: number; others: number; onBack(): void; onSave(): void }) {
  return (
    <>
      <span className="muted small footer-note">
        {plural(count, 'summary', 'summaries')} will be added{others > 0 ? `, ${others} left out` : ''}.
      </span>
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      <button type="button" className="button button-primary" disabled={count === 0} onClick={onSave}>
        {count === 0 ? 'Nothing to import' : `Import ${plural(count, 'summary', 'summaries')}`}
      </button>
    </>
  );
}

interface ReviewListProps {
  items: IngestPreviewItem[];
  importable: IngestPreviewItem[];
  drafts: Record<string, ReviewDraft>;
  setDrafts: Dispatch<SetStateAction<Record<string, ReviewDraft>>>;
}

/** Every file read, to import (edited or not) or skip, with Accept all / Skip all. */
function ReviewList({ items, importable, drafts, setDrafts }: ReviewListProps) {
  const setAll = (keep: boolean) =>
    setDrafts((all) => Object.fromEntries(Object.entries(all).map(([k, d]) => [k, { ...d, keep: keep && importable.some((i) => i.key === k) }])));
  return (
    <>
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
        {items.map((item) => (
          <ReviewItem key={item.key} item={item} draft={drafts[item.key]!} onChange={(d) => setDrafts((all) => ({ ...all, [item.key]: d }))} />
        ))}
      </ul>
    </>
  );
}

/** What the import stored, and each file that was not added with the reason. */
function ImportOutcome({ report }: { report: ImportReport }) {
  const problems = report.results.filter((r) => r.status !== 'added');
  return (
    <>
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
    </>
  );
}

/** A labelled progress bar for a batch ("Reading and extracting — report.docx… 3 of 12"). */
export function ImportProgress({ label, progress }: { label: string; progress: Progress | null }) {
  const total = Math.max(1, progress?.total ?? 1);
  return (
    <div className="import-progress">
      <p id="import-progress-label">
        {label}
        {progress?.label ? ` — ${progress.label}` : ''}…
      </p>
      <progress className="progress" aria-labelledby="import-progress-label" max={total} value={Math.min(progress?.done ?? 0, total)} />
      {progress && progress.total > 1 && (
        <p className="muted small">
          {progress.done} of {progress.total}
        </p>
      )}
    </div>
  );
}
