import { memo, useEffect, useRef, useState } from 'react';
import type { Summary } from '../../../electron/library/types';
import { briefing, readableError, unwrap } from '../api/briefing';
import { useLibraryVersion } from '../api/useLibraryVersion';
import { shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';
import { EvidenceBody } from './EvidenceBody';
import { ExtractedFacts } from './ExtractedFacts';
import { SourceDetails } from './SourceDetails';
import { SummaryEditForm } from './SummaryEditForm';
import { TagGroups } from './TagGroups';

/** Longer than this, the text becomes its own scroll pane (see detail.css .detail-text). */
const LONG_TEXT_CHARS = 600;

interface Props {
  id: string;
  onClose(): void;
}

/** One summary: metadata, tags with their evidence, key points, text, notes, source; editable. */
export const SummaryDetail = memo(function SummaryDetail({ id, onClose }: Props) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [highlight, setHighlight] = useState<Array<[number, number]>>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const toasts = useToasts();
  const library = useLibraryVersion();

  useEffect(() => {
    let current = true;
    setEditing(false);
    setError(null);
    unwrap(briefing().library.get({ id }))
      .then((s) => current && setSummary(s))
      .catch((e: unknown) => current && setError(readableError(e)));
    return () => {
      current = false;
    };
  }, [id]);

  /** Runs a change that returns the updated summary; the main process's refusal is shown. */
  const change = async (run: () => Promise<Summary>) => {
    setBusy(true);
    try {
      setSummary(await run());
      library.changed();
    } catch (e) {
      toasts.error(readableError(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!summary) return;
    try {
      const deleted = await unwrap(briefing().library.delete({ id: summary.id }));
      library.changed();
      onClose();
      toasts.show({
        message: `Deleted “${shortTitle(deleted.title)}”.`,
        action: {
          label: 'Undo',
          run: () => {
            unwrap(briefing().library.restore({ summary: deleted }))
              .then(() => {
                library.changed();
                toasts.show({ message: `Restored “${shortTitle(deleted.title)}”.`, tone: 'success' });
              })
              .catch((e: unknown) => toasts.error(readableError(e)));
          },
        },
      });
    } catch (e) {
      toasts.error(readableError(e));
    }
  };

  if (error) {
    return (
      <aside className="detail" aria-label="Summary">
        <p className="field-error" role="alert">
          {error}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  if (!summary) return <aside className="detail" aria-label="Summary" aria-busy="true" />;

  return (
    <aside className="detail" aria-labelledby="detail-title">
      <div className="detail-toolbar">
        {!editing && (
          <>
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button-small button-danger" onClick={() => void remove()}>
              Delete
            </button>
          </>
        )}
        <button type="button" className="icon-button" aria-label="Close summary" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      {editing ? (
        <>
          <h2 id="detail-title" className="detail-title" ref={heading}>
            Edit summary
          </h2>
          <SummaryEditForm
            summary={summary}
            onCancel={() => setEditing(false)}
            onSave={async (fields) => {
              const updated = await unwrap(briefing().library.update({ id: summary.id, fields }));
              setSummary(updated);
              setEditing(false);
              library.changed();
              toasts.show({ message: 'Changes saved.', tone: 'success' });
            }}
          />
        </>
      ) : (
        <div className="detail-scroll">
          <h2 id="detail-title" className="detail-title" ref={heading} dir="auto">
            {summary.title}
          </h2>
          {summary.titleGenerated && <p className="muted small">Title made from what was found: the text has no headline.</p>}
          <ExtractedFacts summary={summary} onFocusEvidence={(ranges) => setHighlight(ranges ?? [])} />
          <TagGroups
            tags={summary.tags}
            busy={busy}
            onFocusTag={(tag) => setHighlight(tag?.evidence ?? [])}
            onMakePrimary={(tag) => void change(() => unwrap(briefing().library.setPrimaryForum({ summaryId: summary.id, entityId: tag.entityId })))}
            onDecide={(tag, status) => void change(() => unwrap(briefing().library.decideTag({ summaryId: summary.id, entityId: tag.entityId, status })))}
            onRemove={(tag) => void change(() => unwrap(briefing().library.removeTag({ summaryId: summary.id, entityId: tag.entityId })))}
            onAdd={async (kind, name, actorType) => {
              const updated = await unwrap(briefing().library.addTag({ summaryId: summary.id, kind, name, actorType }));
              setSummary(updated);
              library.changed();
            }}
          />
          {summary.keyPoints.length > 0 && (
            <section className="detail-section" aria-labelledby="kp-title">
              <h3 id="kp-title" className="section-title">
                Key points
              </h3>
              <ul className="key-points">
                {summary.keyPoints.map((k, i) => (
                  <li key={i} dir="auto">{k}</li>
                ))}
              </ul>
            </section>
          )}
          <section className={`detail-section detail-text${summary.body.length > LONG_TEXT_CHARS ? ' is-long' : ''}`} aria-labelledby="text-title">
            <h3 id="text-title" className="section-title">
              Text
            </h3>
            <EvidenceBody body={summary.body} highlight={highlight} />
          </section>
          <section className="detail-section" aria-labelledby="notes-title">
            <h3 id="notes-title" className="section-title">
              Notes
            </h3>
            {summary.notes ? <p className="notes" dir="auto">{summary.notes}</p> : <p className="muted small">No notes. Use Edit to add your own.</p>}
          </section>
          <section className="detail-section" aria-labelledby="source-title">
            <h3 id="source-title" className="section-title">
              Source
            </h3>
            <SourceDetails summary={summary} />
          </section>
        </div>
      )}
    </aside>
  );
});
