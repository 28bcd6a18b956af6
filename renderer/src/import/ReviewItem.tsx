import { useState } from 'react';
import { ISO_DATE_PATTERN } from '../../../common/primitives';
import type { Extraction } from '../../../electron/ipc/contracts/ingest';
import type { FieldEvidence } from '../../../electron/ipc/contracts/library';
import { ConfidenceNote } from '../detail/ExtractedFacts';
import { formatCount, formatMeetingDate, formatPlace } from '../format';
import { fileLabel, reviewTags, type IngestPreviewItem, type ReviewDraft, type ReviewTag } from './ingest-client';

interface Props {
  item: IngestPreviewItem;
  draft: ReviewDraft;
  onChange(draft: ReviewDraft): void;
}

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
  const name = fileLabel(item.file);
  const importable = item.status === 'new';
  const warning = importable && item.extraction ? manyMeetingsWarning(item.extraction) : undefined;

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
      {warning && (
        <p className="review-warning" role="note">
          <span className="badge badge-warning">Many meetings?</span> {warning}
        </p>
      )}
      {item.extraction && !editing && (
        <>
          <p className="review-title" dir="auto">{draft.title}</p>
          {item.extraction.titleGenerated && draft.title === item.extraction.title && <p className="muted small">Title made from what was found: the text has no headline.</p>}
          <p className="muted small review-meta">
            <span>{[formatMeetingDate(draft.date), formatPlace(draft.city, draft.country)].filter(Boolean).join(' · ') || 'No date or place found'}</span>
            {importable && (
              <button type="button" className="link-button" aria-label={`Edit ${name}`} onClick={() => setEditing(true)}>
                Edit
              </button>
            )}
          </p>
          <ReviewFacts extraction={item.extraction} draft={draft} />
          <ReviewTags extraction={item.extraction} draft={draft} importable={importable} onChange={onChange} />
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
        <ReviewEdit
          draft={draft}
          onDone={(edited) => {
            onChange(edited);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

interface TagsProps {
  extraction: Extraction;
  draft: ReviewDraft;
  importable: boolean;
  onChange(draft: ReviewDraft): void;
}

/** The suggested tags by kind with their confidence: turn one down (or keep it again), or make a forum the primary one. */
function ReviewTags({ extraction, draft, importable, onChange }: TagsProps) {
  const tags = reviewTags(extraction);
  const toggleTag = (tag: ReviewTag) => {
    const rejected = new Set(draft.rejected);
    if (rejected.has(tag.id)) rejected.delete(tag.id);
    else rejected.add(tag.id);
    // A forum turned down cannot be where the meeting took place.
    const primaryForum = tag.kind === 'forum' && rejected.has(tag.id) && draft.primaryForum === tag.name ? null : draft.primaryForum;
    onChange({ ...draft, rejected, primaryForum });
  };
  return GROUPS.map(({ kind, label }) => {
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
                  <button type="button" className="chip-button" aria-label={rejected ? `Keep ${t.name}` : `Reject ${t.name}`} onClick={() => toggleTag(t)}>
                    {rejected ? '↺' : '✕'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    );
  });
}

/** Title, date and place edited on a copy of the draft; Done keeps the file for import. */
function ReviewEdit({ draft, onDone, onCancel }: { draft: ReviewDraft; onDone(draft: ReviewDraft): void; onCancel(): void }) {
  const [edit, setEdit] = useState(draft);
  const dateInvalid = edit.date !== null && !ISO_DATE_PATTERN.test(edit.date);
  return (
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
          onClick={() => onDone({ ...edit, title: edit.title.trim(), keep: true })}
        >
          Done
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * How sure extraction is of the date and place it found, and why, so the user checks the
 * doubtful ones before importing. A value the user edited shows as theirs.
 */
function ReviewFacts({ extraction, draft }: { extraction: Extraction; draft: ReviewDraft }) {
  const dateEdited = draft.date !== extraction.date;
  const placeEdited = draft.city !== (extraction.location?.city ?? null) || draft.country !== (extraction.location?.country ?? null);
  const rows: Array<[string, FieldEvidence | null, boolean]> = [];
  if (draft.date) rows.push(['Date', extraction.dateInfo, dateEdited]);
  if (draft.city || draft.country) rows.push(['Place', extraction.locationInfo, placeEdited]);
  if (rows.length === 0) return null;
  return (
    <ul className="review-facts">
      {rows.map(([label, why, edited]) => (
        <li key={label} className="fact-why">
          <span className="review-tags-label">{label}</span> {edited || !why ? <span>entered by you</span> : <ConfidenceNote why={why} />}
        </li>
      ))}
    </ul>
  );
}

/** Past these, one text is most likely many meetings (a digest, a newsletter, a whole file dump). */
const MANY_FORUMS = 6;
const MANY_ACTORS = 40;
const LONG_TEXT_CHARS = 100_000;

/**
 * Why a text to import looks like many meetings rather than one, in words, or undefined.
 * A summary is one meeting: a 2 MB paste with 30 forums would become one summary tagged
 * with all of them, which no filter or book can use well.
 */
function manyMeetingsWarning(extraction: Extraction): string | undefined {
  const forums = extraction.forums.length;
  const actors = extraction.actors.length;
  const chars = extraction.body.length;
  if (forums <= MANY_FORUMS && actors <= MANY_ACTORS && chars <= LONG_TEXT_CHARS) return undefined;
  return (
    `This looks like many meetings in one text (${formatCount(chars)} characters, ${forums} forums, ${actors} actors). ` +
    'A summary is one meeting: split the text into one file per meeting for useful filters and books, or import it as it is.'
  );
}
