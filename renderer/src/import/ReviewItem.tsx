import { useState } from 'react';
import { formatMeetingDate, formatPlace } from '../format';
import type { ItemEdits, PreviewItem, Suggested } from './ingest-client';

export type Decision = 'import' | 'skip';

interface Props {
  item: PreviewItem;
  decision: Decision;
  edits: ItemEdits | undefined;
  onDecision(decision: Decision): void;
  onEdits(edits: ItemEdits): void;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function Confidence({ items, label }: { items: Suggested[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <div className="review-tags">
      <span className="review-tags-label">{label}</span>
      <ul className="chips">
        {items.map((s) => (
          <li key={s.name} className="chip chip-suggested" title={`${Math.round(s.confidence * 100)}% confidence`}>
            <span className="chip-label">{s.name}</span>
            <span className="chip-confidence">{Math.round(s.confidence * 100)}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One file of an import: what was found, how sure the extractor is, and the choice to import, edit or skip it. */
export function ReviewItem({ item, decision, edits, onDecision, onEdits }: Props) {
  const [editing, setEditing] = useState(false);
  const current: ItemEdits = edits ?? { title: item.title, date: item.date, city: item.city, country: item.country };
  const [draft, setDraft] = useState(current);
  const dateInvalid = draft.date !== null && draft.date !== '' && !DATE.test(draft.date);
  const refused = item.status === 'refused';

  return (
    <li className={`review-item review-${item.status}${decision === 'skip' ? ' is-skipped' : ''}`} aria-label={item.label}>
      <div className="review-head">
        <span className="review-file">{item.label}</span>
        {item.status === 'duplicate' && <span className="badge badge-warning">Duplicate</span>}
        {refused && <span className="badge badge-danger">Refused</span>}
        {!refused && (
          <div className="segmented review-decision" role="group" aria-label={`Decision for ${item.label}`}>
            <button type="button" aria-pressed={decision === 'import'} onClick={() => onDecision('import')}>
              Import
            </button>
            <button type="button" aria-pressed={decision === 'skip'} onClick={() => onDecision('skip')}>
              Skip
            </button>
          </div>
        )}
      </div>
      {item.reason && <p className={refused ? 'field-error' : 'review-reason'}>{item.reason}</p>}
      {!refused && !editing && (
        <>
          <p className="review-title">{current.title}</p>
          <p className="muted small review-meta">
            {[formatMeetingDate(current.date), formatPlace(current.city, current.country)].filter(Boolean).join(' · ') || 'No date or place found'}
            <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`Edit ${item.label}`}>
              Edit
            </button>
          </p>
          <Confidence items={item.forums} label="Forum" />
          <Confidence items={item.actors} label="Actors" />
          <Confidence items={item.themes} label="Themes" />
          {item.removed.length > 0 && (
            <details className="review-removed">
              <summary>{item.removed.length} boilerplate line{item.removed.length === 1 ? '' : 's'} removed</summary>
              <ul>
                {item.removed.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {!refused && editing && (
        <div className="review-edit">
          <label className="field">
            <span className="field-label">Title</span>
            <input className="input" value={draft.title} autoFocus onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          </label>
          <div className="field-row">
            <label className="field">
              <span className="field-label">Meeting date</span>
              <input className="input" value={draft.date ?? ''} placeholder="YYYY-MM-DD" onChange={(e) => setDraft({ ...draft, date: e.target.value || null })} />
            </label>
            <label className="field">
              <span className="field-label">City</span>
              <input className="input" value={draft.city ?? ''} onChange={(e) => setDraft({ ...draft, city: e.target.value || null })} />
            </label>
            <label className="field">
              <span className="field-label">Country</span>
              <input className="input" value={draft.country ?? ''} onChange={(e) => setDraft({ ...draft, country: e.target.value || null })} />
            </label>
          </div>
          {dateInvalid && <p className="field-error">Write the date as YYYY, YYYY-MM or YYYY-MM-DD.</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={dateInvalid || !draft.title.trim()}
              onClick={() => {
                onEdits({ ...draft, title: draft.title.trim() });
                onDecision('import');
                setEditing(false);
              }}
            >
              Done
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setDraft(current);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
