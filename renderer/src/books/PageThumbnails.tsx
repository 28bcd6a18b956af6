import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { PagePainter } from './pdf-document';

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
    // One painter per document: a replaced document's draw is cancelled, never interleaved
    // with the next one on the same canvas (which left thumbnails black).
    const painter = new PagePainter(canvas);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      painter.paint(doc, page, THUMB_WIDTH).catch((error: unknown) => {
        button.title = `Page ${page} could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
        button.classList.add('is-failed');
      });
    });
    observer.observe(button);
    return () => {
      observer.disconnect();
      painter.cancel();
    };
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
