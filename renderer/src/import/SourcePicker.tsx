import { useState, type DragEvent } from 'react';
import type { ImportSource } from './ingest-client';

interface Props {
  onChooseFiles(): void;
  onSource(source: ImportSource): void;
}

/** Files dropped from the desktop are read here and sent as bytes (no paths cross into the renderer). */
async function readDropped(file: File): Promise<{ name: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}

/** The first step of an import: choose files, drop them, or paste a text. */
export function SourcePicker({ onChooseFiles, onSource }: Props) {
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length) onSource({ files: await Promise.all(files.map(readDropped)) });
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
        <button type="button" className="button button-primary" onClick={onChooseFiles} data-autofocus>
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
        <button type="button" className="button" disabled={!pasted.trim()} onClick={() => onSource({ text: pasted })}>
          Read pasted text
        </button>
      </div>
      <p className="field-hint">Files are read on this computer. Nothing is saved until you have reviewed what was found in each.</p>
    </div>
  );
}
