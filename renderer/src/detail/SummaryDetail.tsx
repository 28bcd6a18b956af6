import { memo, useEffect, useState } from 'react';
import type { Summary } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap, useLibraryVersion } from '../api/briefing';
import { formatMeetingDate, shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';
import { EvidenceBody } from './EvidenceBody';
import { ExtractedFacts } from './ExtractedFacts';
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
  const { summary, setSummary, error } = useSummary(id);
  const [editing, setEditing] = useState(false);
  const { busy, change, stored, remove } = useSummaryChanges(summary, setSummary, onClose);
  const toasts = useToasts();

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
          <h2 id="detail-title" className="detail-title">
            Edit summary
          </h2>
          <SummaryEditForm
            summary={summary}
            onCancel={() => setEditing(false)}
            onSave={async (fields) => {
              stored(await unwrap(briefing().library.update({ id: summary.id, fields })));
              setEditing(false);
              toasts.show({ message: 'Changes saved.', tone: 'success' });
            }}
          />
        </>
      ) : (
        <SummaryReading summary={summary} busy={busy} change={change} stored={stored} />
      )}
    </aside>
  );
});

/** The summary with this id as stored (null while it loads), or why it could not be read. */
function useSummary(id: string) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    unwrap(briefing().library.get({ id }))
      .then((s) => current && setSummary(s))
      .catch((e: unknown) => current && setError(readableError(e)));
    return () => {
      current = false;
    };
  }, [id]);
  return { summary, setSummary, error };
}

type Change = (run: () => Promise<Summary>) => Promise<void>;

/** Changes of the open summary; each one that lands tells the rest of the app the library changed. */
function useSummaryChanges(summary: Summary | null, setSummary: (summary: Summary) => void, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();
  const library = useLibraryVersion();
  const stored = (updated: Summary) => {
    setSummary(updated);
    library.changed();
  };
  /** Runs a change that returns the updated summary; the main process's refusal is shown. */
  const change: Change = async (run) => {
    setBusy(true);
    try {
      stored(await run());
    } catch (e) {
      toasts.error(readableError(e));
    } finally {
      setBusy(false);
    }
  };
  /** Deletes the summary and closes it, with Undo (restore) in the message. */
  const remove = async () => {
    if (!summary) return;
    try {
      const deleted = await unwrap(briefing().library.delete({ id: summary.id }));
      library.changed();
      onClose();
      const undo = () =>
        unwrap(briefing().library.restore({ summary: deleted }))
          .then(() => {
            library.changed();
            toasts.show({ message: `Restored “${shortTitle(deleted.title)}”.`, tone: 'success' });
          })
          .catch((e: unknown) => toasts.error(readableError(e)));
      toasts.show({ message: `Deleted “${shortTitle(deleted.title)}”.`, action: { label: 'Undo', run: () => void undo() } });
    } catch (e) {
      toasts.error(readableError(e));
    }
  };
  return { busy, change, stored, remove };
}

interface ReadingProps {
  summary: Summary;
  busy: boolean;
  change: Change;
  stored(updated: Summary): void;
}

/** The summary as read: facts and tags (focusing one marks its evidence in the text), key points, text, notes, source. */
function SummaryReading({ summary, busy, change, stored }: ReadingProps) {
  const [highlight, setHighlight] = useState<Array<[number, number]>>([]);
  const tagChange = (run: () => Promise<Summary>) => void change(run);
  return (
    <div className="detail-scroll">
      <h2 id="detail-title" className="detail-title" dir="auto">
        {summary.title}
      </h2>
      {summary.titleGenerated && <p className="muted small">Title made from what was found: the text has no headline.</p>}
      <ExtractedFacts summary={summary} onFocusEvidence={(ranges) => setHighlight(ranges ?? [])} />
      <TagGroups
        tags={summary.tags}
        busy={busy}
        onFocusTag={(tag) => setHighlight(tag?.evidence ?? [])}
        onMakePrimary={(tag) => tagChange(() => unwrap(briefing().library.setPrimaryForum({ summaryId: summary.id, entityId: tag.entityId })))}
        onDecide={(tag, status) => tagChange(() => unwrap(briefing().library.decideTag({ summaryId: summary.id, entityId: tag.entityId, status })))}
        onAcceptAll={() => tagChange(() => unwrap(briefing().library.acceptSuggestedTags({ summaryId: summary.id })))}
        onRemove={(tag) => tagChange(() => unwrap(briefing().library.removeTag({ summaryId: summary.id, entityId: tag.entityId })))}
        onAdd={async (kind, name, actorType) => stored(await unwrap(briefing().library.addTag({ summaryId: summary.id, kind, name, actorType })))}
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
  );
}

/**
 * Where the text came from: publisher, author, publication day and address when the file or
 * its text said so. The imported file's name is shown only when nothing else names the
 * source, and labelled as a file so it is never taken for a publisher.
 */
function SourceDetails({ summary }: { summary: Summary }) {
  const rows: Array<[string, string]> = [];
  if (summary.sourceName) rows.push(['Publisher', summary.sourceName]);
  if (summary.sourceAuthor) rows.push(['Author', summary.sourceAuthor]);
  if (summary.publishedDate) rows.push(['Published', formatMeetingDate(summary.publishedDate, 'day')]);
  if (summary.sourceUrl) rows.push(['Address', summary.sourceUrl]);
  if (rows.length === 0 && summary.sourceFile) rows.push(['File', summary.sourceFile]);
  if (rows.length === 0) return <p className="muted small">No source recorded.</p>;
  return (
    <dl className="source-details">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd className={label === 'Address' ? 'source-url' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
