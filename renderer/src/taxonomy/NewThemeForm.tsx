import { useState, type FormEvent } from 'react';
import type { Entity } from '../../../electron/ipc/contracts/library';
import { briefing, readableError, unwrap } from '../api/briefing';

const phrasesOf = (text: string) => text.split('\n').map((p) => p.trim()).filter(Boolean);

/** A user theme: a name and the key phrases whose presence in a text suggests it. */
export function NewThemeForm({ onCreated, onCancel }: { onCreated(theme: Entity): void; onCancel(): void }) {
  const [name, setName] = useState('');
  const [phrases, setPhrases] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the theme a name.');
    try {
      onCreated(await unwrap(briefing().library.addTheme({ name: name.trim(), phrases: phrasesOf(phrases) })));
    } catch (e) {
      setError(readableError(e));
    }
  };

  return (
    <form className="entity-editor" onSubmit={submit}>
      <h2 className="detail-title">New theme</h2>
      <label className="field">
        <span className="field-label">Theme name</span>
        <input className="input" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Key phrases (one per line)</span>
        <textarea className="textarea" rows={6} value={phrases} placeholder={'critical minerals\nrare earths'} onChange={(e) => setPhrases(e.target.value)} />
        <span className="field-hint">Imports suggest this theme when a text uses these phrases.</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Add theme
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
