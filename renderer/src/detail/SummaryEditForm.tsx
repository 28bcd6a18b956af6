import { useState, type FormEvent } from 'react';
import type { Summary } from '../../../electron/library/types';
import { readableError } from '../api/briefing';

export interface SummaryFields {
  title: string;
  meetingDate: string | null;
  city: string | null;
  country: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  body: string;
  keyPoints: string[];
  notes: string;
  language: string;
}

interface Props {
  summary: Summary;
  onSave(fields: SummaryFields): Promise<void>;
  onCancel(): void;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const orNull = (s: string) => (s.trim() ? s.trim() : null);
type CheckedField = 'title' | 'date' | 'body';

/** Every field of a summary in one form; nothing is written until Save. */
export function SummaryEditForm({ summary, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(summary.title);
  const [date, setDate] = useState(summary.meetingDate ?? '');
  const [city, setCity] = useState(summary.city ?? '');
  const [country, setCountry] = useState(summary.country ?? '');
  const [sourceName, setSourceName] = useState(summary.sourceName ?? '');
  const [sourceUrl, setSourceUrl] = useState(summary.sourceUrl ?? '');
  const [keyPoints, setKeyPoints] = useState(summary.keyPoints.join('\n'));
  const [notes, setNotes] = useState(summary.notes);
  const [body, setBody] = useState(summary.body);
  const [error, setError] = useState<string | null>(null);
  /** A refused field: its message is shown under it, it is marked and it gets focus. */
  const [fieldError, setFieldError] = useState<{ field: CheckedField; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const refuse = (field: CheckedField, message: string) => {
    setFieldError({ field, message });
    document.getElementById(`edit-${field}`)?.focus();
  };
  const marked = (field: CheckedField) =>
    fieldError?.field === field ? { 'aria-invalid': true, 'aria-describedby': `edit-${field}-error` } : {};
  const fieldMessage = (field: CheckedField) =>
    fieldError?.field === field && (
      <span id={`edit-${field}-error`} className="field-hint is-error" role="alert">
        {fieldError.message}
      </span>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return refuse('title', 'The title cannot be empty.');
    if (date.trim() && !DATE.test(date.trim())) return refuse('date', 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07-27.');
    if (!body.trim()) return refuse('body', 'The text cannot be empty.');
    setFieldError(null);
    setSaving(true);
    setError(null);
    try {
      await onSave({
        title: title.trim(),
        meetingDate: orNull(date),
        city: orNull(city),
        country: orNull(country),
        sourceName: orNull(sourceName),
        sourceUrl: orNull(sourceUrl),
        body,
        keyPoints: keyPoints.split('\n').map((k) => k.trim()).filter(Boolean),
        notes,
        language: summary.language,
      });
    } catch (e) {
      setError(readableError(e));
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <label className="field">
        <span className="field-label">Title</span>
        <input id="edit-title" className="input" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus autoFocus {...marked('title')} />
        {fieldMessage('title')}
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Meeting date</span>
          <input id="edit-date" className="input" value={date} placeholder="YYYY-MM-DD" onChange={(e) => setDate(e.target.value)} {...marked('date')} />
          {fieldMessage('date')}
        </label>
        <label className="field">
          <span className="field-label">City</span>
          <input className="input" value={city} onChange={(e) => setCity(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Country</span>
          <input className="input" value={country} onChange={(e) => setCountry(e.target.value)} />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Source name</span>
          <input className="input" value={sourceName} onChange={(e) => setSourceName(e.target.value)} />
        </label>
        <label className="field field-grow">
          <span className="field-label">Source link</span>
          <input className="input" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Key points (one per line)</span>
        <textarea className="textarea" dir="auto" rows={4} value={keyPoints} onChange={(e) => setKeyPoints(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea className="textarea" dir="auto" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Text</span>
        <textarea id="edit-body" className="textarea" dir="auto" rows={12} value={body} onChange={(e) => setBody(e.target.value)} {...marked('body')} />
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
