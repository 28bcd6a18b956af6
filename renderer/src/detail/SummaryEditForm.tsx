import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ISO_DATE_PATTERN } from '../../../common/primitives';
import type { Summary, SummaryFields } from '../../../electron/ipc/contracts/library';
import { readableError } from '../api/briefing';

interface Props {
  summary: Summary;
  onSave(fields: SummaryFields): Promise<void>;
  onCancel(): void;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);
type CheckedField = 'title' | 'date' | 'body';

/** The form's text, as typed. */
type Draft = Record<'title' | 'date' | 'city' | 'country' | 'sourceName' | 'sourceUrl' | 'keyPoints' | 'notes' | 'body', string>;

function draftOf(summary: Summary): Draft {
  return {
    title: summary.title,
    date: summary.meetingDate ?? '',
    city: summary.city ?? '',
    country: summary.country ?? '',
    sourceName: summary.sourceName ?? '',
    sourceUrl: summary.sourceUrl ?? '',
    keyPoints: summary.keyPoints.join('\n'),
    notes: summary.notes,
    body: summary.body,
  };
}

function fieldsOf(draft: Draft, language: string): SummaryFields {
  return {
    title: draft.title.trim(),
    meetingDate: orNull(draft.date),
    city: orNull(draft.city),
    country: orNull(draft.country),
    sourceName: orNull(draft.sourceName),
    sourceUrl: orNull(draft.sourceUrl),
    body: draft.body,
    keyPoints: draft.keyPoints.split('\n').map((k) => k.trim()).filter(Boolean),
    notes: draft.notes,
    language,
  };
}

/** Why the draft cannot be saved, on which field, or null. */
function refusal(draft: Draft): { field: CheckedField; message: string } | null {
  if (!draft.title.trim()) return { field: 'title', message: 'The title cannot be empty.' };
  if (draft.date.trim() && !ISO_DATE_PATTERN.test(draft.date.trim())) return { field: 'date', message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07-27.' };
  if (!draft.body.trim()) return { field: 'body', message: 'The text cannot be empty.' };
  return null;
}

/** Every field of a summary in one form; nothing is written until Save. */
export function SummaryEditForm({ summary, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(() => draftOf(summary));
  const { check, marked, fieldMessage } = useFieldCheck();
  const { saving, error, save } = useSave(onSave);
  const edit = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check(draft)) void save(fieldsOf(draft, summary.language));
  };

  return (
    <form className="edit-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <label className="field">
        <span className="field-label">Title</span>
        <input id="edit-title" className="input" dir="auto" {...edit('title')} data-autofocus autoFocus {...marked('title')} />
        {fieldMessage('title')}
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Meeting date</span>
          <input id="edit-date" className="input" placeholder="YYYY-MM-DD" {...edit('date')} {...marked('date')} />
          {fieldMessage('date')}
        </label>
        <label className="field">
          <span className="field-label">City</span>
          <input className="input" {...edit('city')} />
        </label>
        <label className="field">
          <span className="field-label">Country</span>
          <input className="input" {...edit('country')} />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Source name</span>
          <input className="input" {...edit('sourceName')} />
        </label>
        <label className="field field-grow">
          <span className="field-label">Source link</span>
          <input className="input" {...edit('sourceUrl')} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Key points (one per line)</span>
        <textarea className="textarea" dir="auto" rows={4} {...edit('keyPoints')} />
      </label>
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea className="textarea" dir="auto" rows={3} {...edit('notes')} />
      </label>
      <label className="field">
        <span className="field-label">Text</span>
        <textarea id="edit-body" className="textarea" dir="auto" rows={12} {...edit('body')} {...marked('body')} />
        {fieldMessage('body')}
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Saving: Save stays disabled while it runs; a refusal shows under the form and lets the user try again. */
function useSave(onSave: Props['onSave']) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (fields: SummaryFields) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(fields);
    } catch (e) {
      setError(readableError(e));
      setSaving(false);
    }
  };
  return { saving, error, save };
}

/** A refused field: its message is shown under it, it is marked and it gets focus. */
function useFieldCheck() {
  const [fieldError, setFieldError] = useState<{ field: CheckedField; message: string } | null>(null);
  /** False (and the refused field marked and focused) when the draft cannot be saved. */
  const check = (draft: Draft): boolean => {
    const refused = refusal(draft);
    setFieldError(refused);
    if (refused) document.getElementById(`edit-${refused.field}`)?.focus();
    return refused === null;
  };
  const marked = (field: CheckedField) =>
    fieldError?.field === field ? { 'aria-invalid': true, 'aria-describedby': `edit-${field}-error` } : {};
  const fieldMessage = (field: CheckedField) =>
    fieldError?.field === field && (
      <span id={`edit-${field}-error`} className="field-hint is-error" role="alert">
        {fieldError.message}
      </span>
    );
  return { check, marked, fieldMessage };
}
