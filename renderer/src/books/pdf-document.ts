import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
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

/** Draws one page into a canvas at a CSS width, sharp on high-density screens. */
export async function drawPage(doc: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const scale = (cssWidth / base.width) * ratio;
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}
