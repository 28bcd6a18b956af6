import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { briefing, readableError, unwrap } from '../api/briefing';
import { closePdf, openPdf, PagePainter } from './pdf-document';
import { PageThumbnails } from './PageThumbnails';
import { drawWidth, PreviewZoom, stepZoom, type Zoom } from './PreviewZoom';

interface Props {
  bookId: string;
  /** Grows on every saved change of the book; each value asks for a fresh render. */
  revision: number;
  hasContent: boolean;
}

/** Narrower than this, the page list starts hidden: the page itself needs the room. */
const PAGE_LIST_MIN_WIDTH = 480;

/** Short enough to feel live, long enough that a burst of changes renders once. */
const RENDER_DEBOUNCE_MS = 200;

type Status = { kind: 'rendering' } | { kind: 'ready'; ms: number } | { kind: 'error'; message: string } | { kind: 'empty' };

/**
 * The book's PDF as it will print, rendered by the main process and drawn with pdf.js:
 * one page large, thumbnails to jump. Renders are debounced, and a render older than the
 * one on screen is dropped, so the preview never goes back in time.
 */
export function PdfPreview({ bookId, revision, hasContent }: Props) {
  const { doc, status, page, pages, go } = usePreviewDocument(bookId, revision, hasContent);
  const stageRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const { stageWidth, sectionWidth } = useMeasuredWidths(stageRef, sectionRef);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const pageWidthPt = useFirstPageWidth(doc);
  const width = stageWidth === null ? null : drawWidth(zoom, stageWidth, pageWidthPt);
  const { canvasRef, drawError } = usePageCanvas(doc, page, width);
  /** The user's choice; until one is made, the page list shows when the preview is wide enough. */
  const [pagesChoice, setPagesChoice] = useState<boolean | null>(null);
  const pagesShown = pagesChoice ?? sectionWidth >= PAGE_LIST_MIN_WIDTH;

  return (
    <section ref={sectionRef} className="preview" aria-label="Preview">
      <div className="preview-toolbar">
        <h2 className="section-title preview-title">Preview</h2>
        <p className={`preview-status${status.kind === 'error' ? ' is-error' : ''}`} role="status">
          {status.kind === 'rendering' && (doc ? `Updating… (${pages} pages)` : 'Rendering…')}
          {status.kind === 'ready' && `${pages} ${pages === 1 ? 'page' : 'pages'} · updated in ${status.ms} ms`}
          {status.kind === 'error' && status.message}
          {status.kind === 'empty' && 'Add summaries to see the book.'}
        </p>
        {doc && <PageNav page={page} pages={pages} go={go} />}
        {doc && stageWidth !== null && (
          <PreviewZoom
            zoom={zoom}
            onZoom={setZoom}
            onStep={(direction) => setZoom(stepZoom(zoom, direction, stageWidth, pageWidthPt))}
            pagesShown={pagesShown}
            onTogglePages={() => setPagesChoice(!pagesShown)}
          />
        )}
        {drawError && (
          <p className="field-error preview-draw-error" role="alert">
            {drawError}
          </p>
        )}
      </div>
      <div className="preview-body">
        {doc && pagesShown && <PageThumbnails doc={doc} current={page} onSelect={go} />}
        <div
          ref={stageRef}
          className="preview-stage"
          role="group"
          tabIndex={0}
          aria-label="Page view (Page Up / Page Down to turn pages)"
          onKeyDown={(e) => {
            const step = PAGE_KEYS[e.key];
            if (step === undefined) return;
            e.preventDefault();
            go(page + step);
          }}
        >
          {doc ? (
            <canvas ref={canvasRef} className={`preview-page${status.kind === 'rendering' ? ' is-stale' : ''}`} role="img" aria-label={`Page ${page} of ${pages}`} />
          ) : (
            <div className="preview-empty">{status.kind === 'empty' ? 'The preview appears here once the book has summaries.' : null}</div>
          )}
        </div>
      </div>
    </section>
  );
}

const PAGE_KEYS: Partial<Record<string, 1 | -1>> = { PageDown: 1, ArrowRight: 1, PageUp: -1, ArrowLeft: -1 };

/** Previous, Go to page N of M, Next. */
function PageNav({ page, pages, go }: { page: number; pages: number; go(page: number): void }) {
  const [pageInput, setPageInput] = useState('1');
  useEffect(() => setPageInput(String(page)), [page]);
  return (
    <div className="preview-nav">
      <button type="button" className="button button-small" aria-label="Previous page" disabled={page <= 1} onClick={() => go(page - 1)}>
        ‹
      </button>
      <form
        className="page-jump"
        onSubmit={(e) => {
          e.preventDefault();
          go(Number(pageInput) || 1);
        }}
      >
        <label htmlFor="preview-page" className="field-hint">
          Go to page
        </label>
        <input
          id="preview-page"
          className="input input-small page-input"
          type="number"
          min={1}
          max={pages}
          value={pageInput}
          onChange={(e) => setPageInput(e.target.value)}
          onBlur={() => go(Number(pageInput) || page)}
        />
        <span className="field-hint">of {pages}</span>
      </form>
      <button type="button" className="button button-small" aria-label="Next page" disabled={page >= pages} onClick={() => go(page + 1)}>
        ›
      </button>
    </div>
  );
}

/** The rendered book on screen (the newest render that arrived), the page shown of it, and how rendering goes. */
function usePreviewDocument(bookId: string, revision: number, hasContent: boolean) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'rendering' });
  const ticket = useRef(0);
  /** The ticket of the render on screen. */
  const shown = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    if (!hasContent) {
      setStatus({ kind: 'empty' });
      setDoc(null);
      return;
    }
    setStatus({ kind: 'rendering' });
    const timer = setTimeout(() => {
      const started = performance.now();
      unwrap(briefing().books.preview({ bookId }))
        .then((result) => openPdf(result.pdfBase64))
        .then((next) => {
          // An older render than the one on screen is dropped; a newer one is shown even
          // when a later change is still rendering, so fast edits never leave a blank preview.
          if (mine < shown.current) {
            closePdf(next);
            return;
          }
          shown.current = mine;
          setDoc(next);
          setPage((p) => Math.min(p, next.numPages));
          if (mine === ticket.current) setStatus({ kind: 'ready', ms: Math.round(performance.now() - started) });
        })
        .catch((error: unknown) => {
          if (mine === ticket.current) setStatus({ kind: 'error', message: readableError(error) });
        });
    }, RENDER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [bookId, revision, hasContent]);

  const pages = doc?.numPages ?? 0;
  const go = (n: number) => setPage(Math.max(1, Math.min(pages || 1, n)));
  return { doc, status, page, pages, go };
}

/** The stage's width (once measured: nothing is drawn at a guessed size first) and the preview's. */
function useMeasuredWidths(stageRef: RefObject<HTMLDivElement | null>, sectionRef: RefObject<HTMLElement | null>) {
  const [stageWidth, setStageWidth] = useState<number | null>(null);
  const [sectionWidth, setSectionWidth] = useState(0);
  useEffect(() => {
    const stage = stageRef.current;
    const section = sectionRef.current;
    if (!stage || !section) return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === stage) setStageWidth(Math.max(160, Math.min(900, Math.floor(entry.contentRect.width) - 2)));
        else setSectionWidth(Math.floor(entry.contentRect.width));
      }
    });
    observer.observe(stage);
    observer.observe(section);
    return () => observer.disconnect();
  }, [stageRef, sectionRef]);
  return { stageWidth, sectionWidth };
}

/** The first page's width in points (A4 until the document says otherwise), for zoom steps. */
function useFirstPageWidth(doc: PDFDocumentProxy | null): number {
  const [pageWidthPt, setPageWidthPt] = useState(595);
  useEffect(() => {
    if (!doc) return;
    let live = true;
    void doc.getPage(1).then((p) => live && setPageWidthPt(p.getViewport({ scale: 1 }).width), () => undefined);
    return () => {
      live = false;
    };
  }, [doc]);
  return pageWidthPt;
}

/** Draws the page on the canvas, and closes each document once it is off screen. */
function usePageCanvas(doc: PDFDocumentProxy | null, page: number, width: number | null) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painter = useRef<PagePainter | null>(null);
  const [drawError, setDrawError] = useState<string | null>(null);

  // One draw per (document, page, width); a newer one cancels the draw in progress.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!doc || !canvas || width === null) return;
    if (painter.current?.canvas !== canvas) painter.current = new PagePainter(canvas);
    painter.current
      .paint(doc, page, width)
      .then((outcome) => {
        if (outcome === 'drawn') setDrawError(null);
      })
      .catch((error: unknown) => setDrawError(`Page ${page} could not be drawn: ${readableError(error)}`));
  }, [doc, page, width]);

  // A document is closed when the next one replaces it (its last page stays on the canvas
  // until the new draw is copied in) or the preview goes away.
  useEffect(
    () => () => {
      if (!doc) return;
      painter.current?.cancel();
      closePdf(doc);
    },
    [doc],
  );
  return { canvasRef, drawError };
}
