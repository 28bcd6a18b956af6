import { useState } from 'react';
import type { ImportRecord } from '../../../electron/ipc/contracts/share';
import { briefing, readableError, unwrap, useLibraryVersion } from '../api/briefing';
import { formatCount, plural, shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';

interface Props {
  records: ImportRecord[] | null;
  onChanged(): void;
}

/** To the second: two imports of one file a minute apart must not look the same. */
function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

function statsLine(stats: Record<string, unknown>): string {
  const summaries = stats.summaries as
    | { added?: number; identical?: number; sameText?: number; keptMine?: number; tookTheirs?: number; keptBoth?: number }
    | undefined;
  if (!summaries || typeof summaries !== 'object') return '';
  const parts = [`${summaries.added ?? 0} new`];
  if (summaries.tookTheirs) parts.push(`${summaries.tookTheirs} updated`);
  if (summaries.keptBoth) parts.push(`${summaries.keptBoth} kept as copies`);
  if (summaries.keptMine) parts.push(`${summaries.keptMine} kept mine`);
  const same = (summaries.identical ?? 0) + (summaries.sameText ?? 0);
  if (same) parts.push(`${same} already here`);
  return parts.join(', ');
}

/** Every shared library imported here, newest first, each with Undo until it is undone. */
export function ImportHistory({ records: all, onChanged }: Props) {
  // File imports are listed in the Library (their summaries are deleted there, not undone here).
  const records = all?.filter((r) => r.kind === 'bundle') ?? null;
  const { busy, undo } = useUndoImport(onChanged);
  return (
    <section className="import-history" aria-labelledby="history-title">
      <h3 id="history-title" className="section-title">
        Imported shared libraries
      </h3>
      {records === null ? (
        <p className="muted small">Loading…</p>
      ) : records.length === 0 ? (
        <p className="muted small">No shared library has been imported here yet.</p>
      ) : (
        <HistoryTable records={records} busy={busy} onUndo={(r) => void undo(r)} />
      )}
    </section>
  );
}

/**
 * Undoes one import and says what it took out. An import whose summaries were edited since
 * is undone only after the user confirms.
 */
function useUndoImport(onChanged: () => void) {
  const toasts = useToasts();
  const { changed } = useLibraryVersion();
  const [busy, setBusy] = useState<string | null>(null);
  const undo = async (record: ImportRecord, force = false): Promise<void> => {
    setBusy(record.id);
    try {
      const report = await unwrap(briefing().share.undo({ importId: record.id, force }));
      const items = report.bookItemsRemoved;
      const books =
        items > 0 ? ` ${plural(items, 'summary was', 'summaries were')} also taken out of ${plural(report.booksShrunk, 'book')}.` : '';
      const restored = report.summariesRestored > 0 ? `, ${formatCount(report.summariesRestored)} restored` : '';
      toasts.show({
        tone: 'success',
        message: `Undid the import of “${shortTitle(record.label)}”: ${plural(report.summariesRemoved, 'summary', 'summaries')} removed${restored}.${books}`,
      });
      changed();
      onChanged();
    } catch (error) {
      const message = readableError(error);
      if (!force && /edited since/.test(message) && window.confirm(`${message}\n\nUndo anyway?`)) {
        setBusy(null);
        return undo(record, true);
      }
      toasts.error(message);
    } finally {
      setBusy(null);
    }
  };
  return { busy, undo };
}

function HistoryTable({ records, busy, onUndo }: { records: ImportRecord[]; busy: string | null; onUndo(record: ImportRecord): void }) {
  return (
    <table className="history-table">
      <thead>
        <tr>
          <th scope="col">Shared library</th>
          <th scope="col">From</th>
          <th scope="col">Imported</th>
          <th scope="col">Changes</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r, i) => (
          <tr key={r.id} className={r.undoneAt ? 'is-undone' : undefined}>
            <td>
              {r.label}
              {records.some((other) => other !== r && other.label === r.label) && (
                <span className="muted small"> · import {records.length - i} of {records.length}</span>
              )}
            </td>
            <td>{r.exportedBy ?? '—'}</td>
            <td>{when(r.createdAt)}</td>
            <td>{statsLine(r.stats)}</td>
            <td className="row-actions">
              {r.undoneAt ? (
                <span className="muted small">Undone {when(r.undoneAt)}</span>
              ) : (
                <button type="button" className="button button-small" disabled={busy === r.id} aria-label={`Undo import of ${r.label}`} onClick={() => onUndo(r)}>
                  Undo
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
