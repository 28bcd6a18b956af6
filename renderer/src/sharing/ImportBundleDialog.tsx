import { useCallback, useEffect, useRef, useState } from 'react';
import type { BundleInspection, ConflictPolicy, BundleImportResult } from '../../../electron/ipc/contracts/share';
import { briefing, readableError, unwrap, useLibraryVersion, useOperationProgress } from '../api/briefing';
import { Dialog } from '../ui/Dialog';
import { BundlePreview } from './BundlePreview';

interface Props {
  onClose(): void;
}

type Step =
  | { kind: 'picking' }
  | { kind: 'inspecting'; path: string }
  | { kind: 'preview'; path: string; inspection: BundleInspection }
  | { kind: 'refused'; path: string | null; message: string }
  | { kind: 'importing'; path: string; inspection: BundleInspection }
  | { kind: 'done'; result: BundleImportResult };

const POLICIES: Array<{ id: ConflictPolicy; label: string; hint: string }> = [
  { id: 'keep-mine', label: 'Keep mine', hint: 'Where both have the same summary with different text, keep this library’s version.' },
  { id: 'take-theirs', label: 'Take theirs', hint: 'Replace this library’s version with the one in the file.' },
  { id: 'keep-both', label: 'Keep both', hint: 'Keep this library’s version and add theirs as a separate copy.' },
];

/**
 * Import shared library...: pick a file, see what it holds and what importing would change
 * (a dry run of the real merge), choose the conflict policy, import with progress.
 */
export function ImportBundleDialog({ onClose }: Props) {
  const { step, policy, choosePolicy, runImport, progress } = useBundleImport(onClose);
  const footer =
    step.kind === 'done' || step.kind === 'refused' ? (
      <button type="button" className="button button-primary" onClick={onClose}>
        Close
      </button>
    ) : (
      <>
        <button type="button" className="button" onClick={onClose} disabled={step.kind === 'importing'}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={step.kind !== 'preview'}
          onClick={() => step.kind === 'preview' && void runImport(step.path, step.inspection)}
        >
          Import
        </button>
      </>
    );

  return (
    <Dialog title="Import shared library" onClose={step.kind === 'importing' ? () => {} : onClose} footer={footer} wide>
      {step.kind === 'picking' && <p role="status">Choose a shared library file (.bblib)…</p>}
      {step.kind === 'inspecting' && <p role="status">Checking {fileName(step.path)} and comparing it with your library…</p>}
      {step.kind === 'refused' && (
        <div className="bundle-refused" role="alert">
          <h3>{step.path ? 'This file can’t be imported' : 'The file can’t be opened'}</h3>
          <p>{step.message}</p>
          {!/nothing (was|has been) changed/i.test(step.message) && <p className="small muted">Nothing in your library was changed.</p>}
        </div>
      )}
      {(step.kind === 'preview' || step.kind === 'importing') && (
        <>
          <BundlePreview inspection={step.inspection} />
          <fieldset className="field policy-choice" disabled={step.kind === 'importing'}>
            <legend className="field-label">When a summary differs from yours</legend>
            {POLICIES.map((p) => (
              <label key={p.id} className="choice policy">
                <input type="radio" name="policy" checked={policy === p.id} onChange={() => choosePolicy(step.path, p.id)} />
                <span>
                  <strong>{p.label}</strong> <span className="muted small">{p.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {step.kind === 'importing' && (
        <div className="export-progress">
          <label htmlFor="bundle-import-progress" className="small">
            {progress?.label ?? 'Importing…'}
          </label>
          <progress id="bundle-import-progress" className="progress" max={progress?.total || 1} value={progress?.total ? progress.done : undefined} />
        </div>
      )}
      {step.kind === 'done' && (
        <div role="status" className="bundle-done">
          <h3>{step.result.importId ? 'Imported' : 'Nothing to import'}</h3>
          <p>
            {step.result.importId
              ? `${step.result.summaries.added} new summaries, ${step.result.summaries.tookTheirs} updated, ${step.result.summaries.keptBoth} kept as copies; ${step.result.entities.added} new forums, actors and themes. You can undo this import from the history.`
              : 'Everything in this file is already in your library.'}
          </p>
        </div>
      )}
    </Dialog>
  );
}

/**
 * The steps of a bundle import: the open dialog shows at once (cancelled, this dialog closes),
 * the picked file is inspected (again whenever the policy changes: the dry run depends on it),
 * then imported with progress.
 */
function useBundleImport(onClose: () => void) {
  const [step, setStep] = useState<Step>({ kind: 'picking' });
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-mine');
  const { operationId, progress } = useOperationProgress('bundle:progress', 'bundle-import');
  const { changed } = useLibraryVersion();

  // Read when the open dialog answers, which may be after a re-render with a new onClose.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  const inspect = useCallback((path: string, chosen: ConflictPolicy) => {
    setStep({ kind: 'inspecting', path });
    unwrap(briefing().share.inspect({ path, policy: chosen }))
      .then((inspection) => setStep({ kind: 'preview', path, inspection }))
      .catch((e: unknown) => setStep({ kind: 'refused', path, message: readableError(e) }));
  }, []);

  // Once: the open dialog is shown when this dialog opens.
  useEffect(() => {
    let live = true;
    unwrap(briefing().share.pickBundle({}))
      .then((picked) => {
        if (!live) return;
        if (!picked) closeRef.current();
        else inspect(picked.path, 'keep-mine');
      })
      .catch((e: unknown) => live && setStep({ kind: 'refused', path: null, message: readableError(e) }));
    return () => {
      live = false;
    };
  }, [inspect]);

  const choosePolicy = (path: string, chosen: ConflictPolicy) => {
    setPolicy(chosen);
    inspect(path, chosen);
  };
  const runImport = async (path: string, inspection: BundleInspection) => {
    setStep({ kind: 'importing', path, inspection });
    try {
      const result = await unwrap(briefing().share.import({ path, policy, operationId }));
      setStep({ kind: 'done', result });
      changed();
    } catch (e) {
      setStep({ kind: 'refused', path, message: readableError(e) });
    }
  };
  return { step, policy, choosePolicy, runImport, progress };
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
