import { useState, type DragEvent } from 'react';
import type { ImportSource } from './ingest-client';

interface Props {
  busy: boolean;
  onChooseFiles(): void;
  onSources(sources: ImportSource[]): void;
}

const ACCEPTED = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'];
const TEXT_TYPES = new Set(['txt', 'md', 'markdown', 'html', 'htm']);

function extensionOf(name: string): string {
  return name.toLowerCase().split('.').pop() ?? '';
}

/** Files dropped from the desktop are read here (no paths cross into the renderer). */
async function readDropped(file: File): Promise<ImportSource> {
  if (TEXT_TYPES.has(extensionOf(file.name))) return { kind: 'text', name: file.name, text: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { kind: 'bytes', name: file.name, base64: btoa(binary) };
}

/** The first step of an import: choose files, drop them, or paste a text. */
export function SourcePicker({ busy, onChooseFiles, onSources }: Props) {
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length) onSources(await Promise.all(files.map(readDropped)));
  };

  return (
    <div className="source-picker">
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <p className="drop-zone-title">Drop files here</p>
        <p className="muted small">Text, Markdown, HTML, Word (.docx) or PDF — as many as you like.</p>
        <button type="button" className="button button-primary" disabled={busy} onClick={onChooseFiles} data-autofocus>
          Choose files…
        </button>
      </div>
      <div className="paste-area">
        <label className="field">
          <span className="field-label">Or paste a text</span>
          <textarea
            className="textarea"
            rows={6}
            value={pasted}
            placeholder="Paste a readout, press release or article…"
            onChange={(e) => setPasted(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || !pasted.trim()}
          onClick={() => onSources([{ kind: 'text', name: 'Pasted text', text: pasted }])}
        >
          Read pasted text
        </button>
      </div>
      <p className="field-hint">Nothing is saved until you have reviewed what was found. Accepted formats: {ACCEPTED.join(', ')}.</p>
    </div>
  );
}
