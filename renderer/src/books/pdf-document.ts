import { GlobalWorkerOptions, getDocument, RenderingCancelledException, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is bundled with the app (a 'self' URL), so the CSP needs no remote or blob source.
GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF the main process rendered. Nothing is fetched:
 * our PDFs embed every font they use.
 */
export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const task = getDocument({ data: bytesOfBase64(base64), useSystemFonts: false, enableXfa: false });
  const doc = await task.promise;
  tasks.set(doc, task);
  return doc;
}

const tasks = new WeakMap<PDFDocumentProxy, { destroy(): Promise<void> }>();

/** Frees a document's worker-side memory (each preview render makes a new one). */
export function closePdf(doc: PDFDocumentProxy): void {
  void tasks.get(doc)?.destroy();
  tasks.delete(doc);
}

/** A number per open document, so a painter can tell "same page of the same document" apart. */
const documentNumbers = new WeakMap<PDFDocumentProxy, number>();
let nextDocumentNumber = 1;
function documentNumber(doc: PDFDocumentProxy): number {
  let n = documentNumbers.get(doc);
  if (n === undefined) {
    n = nextDocumentNumber++;
    documentNumbers.set(doc, n);
  }
  return n;
}

export type PaintOutcome = 'drawn' | 'unchanged' | 'superseded';

/**
 * Draws pages of a PDF into one canvas, one render at a time. pdf.js must not render twice
 * into the same canvas at once, and resizing a canvas mid-render resets its transform (the
 * page lands shrunk in a corner, or flipped): so each page is drawn once per (document,
 * page, size), a newer request cancels the older render first, and the page is drawn off
 * screen and copied in whole, so the visible canvas only ever shows a finished page.
 */
export class PagePainter {
  private key: string | null = null;
  private generation = 0;
  private task: RenderTask | null = null;

  constructor(readonly canvas: HTMLCanvasElement) {}

  /** Draws the page at a CSS width; a failure other than being superseded is thrown. */
  async paint(doc: PDFDocumentProxy, pageNumber: number, cssWidth: number): Promise<PaintOutcome> {
    const ratio = window.devicePixelRatio || 1;
    const key = `${documentNumber(doc)}:${pageNumber}:${cssWidth}:${ratio}`;
    if (key === this.key) return 'unchanged';
    this.key = key;
    const mine = ++this.generation;
    this.task?.cancel();
    this.task = null;
    try {
      const page = await doc.getPage(pageNumber);
      if (mine !== this.generation) return 'superseded';
      const viewport = page.getViewport({ scale: (cssWidth / page.getViewport({ scale: 1 }).width) * ratio });
      const scratch = document.createElement('canvas');
      scratch.width = Math.floor(viewport.width);
      scratch.height = Math.floor(viewport.height);
      const task = page.render({ canvas: scratch, viewport });
      this.task = task;
      await task.promise;
      if (mine !== this.generation) return 'superseded';
      this.task = null;
      this.copyIn(scratch, ratio);
      return 'drawn';
    } catch (error) {
      if (mine !== this.generation || error instanceof RenderingCancelledException) return 'superseded';
      this.key = null; // the same request may be tried again
      throw error;
    }
  }

  /** Stops any render in progress (the canvas is going away or its document closing). */
  cancel(): void {
    this.generation++;
    this.key = null;
    this.task?.cancel();
    this.task = null;
  }

  private copyIn(scratch: HTMLCanvasElement, ratio: number): void {
    const canvas = this.canvas;
    canvas.width = scratch.width;
    canvas.height = scratch.height;
    canvas.style.width = `${Math.floor(scratch.width / ratio)}px`;
    canvas.style.height = `${Math.floor(scratch.height / ratio)}px`;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw the page (no 2D canvas).');
    context.drawImage(scratch, 0, 0);
  }
}
