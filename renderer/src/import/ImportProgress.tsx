import type { Progress } from '../../../electron/ipc/contracts/window-briefing';

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
