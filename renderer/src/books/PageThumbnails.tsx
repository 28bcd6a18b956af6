import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { drawPage } from './pdf-document';

interface Props {
  doc: PDFDocumentProxy;
  current: number;
  onSelect(page: number): void;
}

const THUMB_WIDTH = 84;

/** A column of page thumbnails; each is drawn only when it scrolls into view. */
export function PageThumbnails({ doc, current, onSelect }: Props) {
  const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  return (
    <nav className="thumbnails" aria-label="Pages">
      <ol>
        {numbers.map((n) => (
          <li key={n}>
            <Thumbnail doc={doc} page={n} current={n === current} onSelect={onSelect} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Thumbnail({ doc, page, current, onSelect }: { doc: PDFDocumentProxy; page: number; current: boolean; onSelect(page: number): void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const button = buttonRef.current;
    const canvas = canvasRef.current;
    if (!button || !canvas) return;
    let drawn = false;
    const observer = new IntersectionObserver((entries) => {
      if (drawn || !entries.some((e) => e.isIntersecting)) return;
      drawn = true;
      drawPage(doc, page, canvas, THUMB_WIDTH).catch(() => {
        /* the document was replaced while drawing */
      });
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [doc, page]);

  useEffect(() => {
    if (current) buttonRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <button
      ref={buttonRef}
      type="button"
      className={`thumbnail${current ? ' is-current' : ''}`}
      aria-label={`Page ${page}`}
      aria-current={current ? 'page' : undefined}
      onClick={() => onSelect(page)}
    >
      <canvas ref={canvasRef} aria-hidden="true" />
      <span className="thumbnail-number" aria-hidden="true">
        {page}
      </span>
    </button>
  );
}
