import { useState } from 'react';
import { formatMeetingDate, formatPlace } from '../format';
import { manyMeetingsWarning } from './many-meetings';
import { ReviewFacts } from './ReviewFacts';
import { fileLabel, reviewTags, type IngestPreviewItem, type ReviewDraft, type ReviewTag } from './ingest-client';

interface Props {
  item: IngestPreviewItem;
  draft: ReviewDraft;
  onChange(draft: ReviewDraft): void;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const GROUPS: Array<{ kind: ReviewTag['kind']; label: string }> = [
  { kind: 'forum', label: 'Forum' },
  { kind: 'actor', label: 'Actors' },
  { kind: 'theme', label: 'Themes' },
];

/**
 * One file of an import: what extraction found with its confidence, and the choice to
 * import it (after editing the title, date, place or turning down tags) or skip it.
 * Duplicates and refused files say why and cannot be imported.
 */
export function ReviewItem({ item, draft, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [edit, setEdit] = useState(draft);
  const name = fileLabel(item.file);
  const importable = item.status === 'new';
  const tags = item.extraction ? reviewTags(item.extraction) : [];
  const dateInvalid = edit.date !== null && !DATE.test(edit.date);

  const toggleTag = (tag: ReviewTag) => {
    const rejected = new Set(draft.rejected);
    if (rejected.has(tag.id)) rejected.delete(tag.id);
    else rejected.add(tag.id);
    // A forum turned down cannot be where the meeting took place.
    const primaryForum = tag.kind === 'forum' && rejected.has(tag.id) && draft.primaryForum === tag.name ? null : draft.primaryForum;
    onChange({ ...draft, rejected, primaryForum });
  };

  return (
    <li className={`review-item review-${item.status}${importable && !draft.keep ? ' is-skipped' : ''}`} aria-label={name}>
      <div className="review-head">
        <span className="review-file">{name}</span>
        {item.status === 'duplicate' && <span className="badge badge-warning">Duplicate</span>}
        {item.status === 'refused' && <span className="badge badge-danger">Refused</span>}
        {importable && (
          <div className="segmented review-decision" role="group" aria-label={`Import ${name}?`}>
            <button type="button" aria-pressed={draft.keep} onClick={() => onChange({ ...draft, keep: true })}>
              Import
            </button>
            <button type="button" aria-pressed={!draft.keep} onClick={() => onChange({ ...draft, keep: false })}>
              Skip
            </button>
          </div>
        )}
      </div>
      {item.reason && <p className={item.status === 'refused' ? 'field-error' : 'review-reason'}>{item.reason}</p>}
      {importable && item.extraction && manyMeetingsWarning(item.extraction) && (
        <p className="review-warning" role="note">
          <span className="badge badge-warning">Many meetings?</span> {manyMeetingsWarning(item.extraction)}
        </p>
      )}
      {item.extraction && !editing && (
        <>
          <p className="review-title" dir="auto">{draft.title}</p>
          {item.extraction.titleGenerated && draft.title === item.extraction.title && <p className="muted small">Title made from what was found: the text has no headline.</p>}
          <p className="muted small review-meta">
            <span>{[formatMeetingDate(draft.date), formatPlace(draft.city, draft.country)].filter(Boolean).join(' · ') || 'No date or place found'}</span>
            {importable && (
              <button
                type="button"
                className="link-button"
                aria-label={`Edit ${name}`}
                onClick={() => {
                  setEdit(draft);
                  setEditing(true);
                }}
              >
                Edit
              </button>
            )}
          </p>
          <ReviewFacts extraction={item.extraction} draft={draft} />
          {GROUPS.map(({ kind, label }) => {
            const ofKind = tags.filter((t) => t.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <div className="review-tags" key={kind}>
                <span className="review-tags-label">{label}</span>
                <ul className="chips">
                  {ofKind.map((t) => {
                    const rejected = draft.rejected.has(t.id);
                    const primary = t.kind === 'forum' && t.name === draft.primaryForum;
                    return (
                      <li key={t.id} className={`chip chip-suggested${rejected ? ' chip-rejected' : ''}${primary ? ' chip-primary' : ''}`}>
                        <span className="chip-label" dir="auto">{t.name}</span>
                        {primary && <span className="chip-primary-badge">primary</span>}
                        <span className="chip-confidence">{Math.round(t.confidence * 100)}%</span>
                        {importable && t.kind === 'forum' && !primary && !rejected && (
                          <button
                            type="button"
                            className="chip-button"
                            aria-label={`Make ${t.name} the primary forum`}
                            title="Make this the forum the meeting took place in"
                            onClick={() => onChange({ ...draft, primaryForum: t.name })}
                          >
                            ☆
                          </button>
                        )}
                        {importable && (
                          <button
                            type="button"
                            className="chip-button"
                            aria-label={rejected ? `Keep ${t.name}` : `Reject ${t.name}`}
                            onClick={() => toggleTag(t)}
                          >
                            {rejected ? '↺' : '✕'}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
          {item.extraction.removed.length > 0 && (
            <details className="review-removed">
              <summary>
                {item.extraction.removed.length} boilerplate line{item.extraction.removed.length === 1 ? '' : 's'} removed
              </summary>
              <ul>
                {item.extraction.removed.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {editing && (
        <div className="review-edit">
          <label className="field">
            <span className="field-label">Title</span>
            <input className="input" dir="auto" value={edit.title} autoFocus onChange={(e) => setEdit({ ...edit, title: e.target.value })} />
          </label>
          <div className="field-row">
            <label className="field">
              <span className="field-label">Meeting date</span>
              <input className="input" value={edit.date ?? ''} placeholder="YYYY-MM-DD" onChange={(e) => setEdit({ ...edit, date: e.target.value.trim() || null })} />
            </label>
            <label className="field">
              <span className="field-label">City</span>
              <input className="input" value={edit.city ?? ''} onChange={(e) => setEdit({ ...edit, city: e.target.value || null })} />
            </label>
            <label className="field">
              <span className="field-label">Country</span>
              <input className="input" value={edit.country ?? ''} onChange={(e) => setEdit({ ...edit, country: e.target.value || null })} />
            </label>
          </div>
          {dateInvalid && <p className="field-error">Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07-27.</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={dateInvalid || !edit.title.trim()}
              onClick={() => {
                onChange({ ...edit, title: edit.title.trim(), keep: true });
                setEditing(false);
              }}
            >
              Done
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
